/**
 * Things to undo at the end of a run, newest first: stop child processes, drop the bench
 * database, delete the Redis keys, remove temp folders. Runs once, on success, on error and on
 * Ctrl-C alike.
 */
type Undo = { label: string; run: () => Promise<void> | void }

const stack: Undo[] = []
let running: Promise<void> | undefined

export function onCleanup(label: string, run: Undo['run']): () => void {
  const entry = { label, run }
  stack.push(entry)
  return () => {
    const at = stack.indexOf(entry)
    if (at !== -1) stack.splice(at, 1)
  }
}

/** Runs (and forgets) every registered step, newest first; a failing step does not stop the rest. */
export function cleanupAll(): Promise<void> {
  running ??= (async () => {
    while (stack.length > 0) {
      const entry = stack.pop()!
      try {
        await entry.run()
      } catch (error) {
        console.error(`cleanup "${entry.label}" failed:`, error instanceof Error ? error.message : error)
      }
    }
  })().finally(() => (running = undefined))
  return running
}

/** Ctrl-C or a kill: clean up, then leave with the conventional exit code. */
export function cleanupOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping children and cleaning up…`)
      void cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
  }
}
