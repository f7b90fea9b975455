import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { onCleanup } from './cleanup.js'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The same bundle `npm start` runs (built by apps/server/scripts/build.mjs before the run). */
export const SERVER_MAIN = fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url))
export const SERVER_BUILD = fileURLToPath(new URL('../apps/server/scripts/build.mjs', import.meta.url))

/** TypeScript entry points need the tsx loader; the server bundle is plain JavaScript. */
const loaderFor = (script: string) => (script.endsWith('.ts') ? ['--import', 'tsx'] : [])

/** A port the kernel just handed out on loopback; free again when this resolves. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface Child {
  name: string
  pid: number
  process: ChildProcess
  /** performance.now() when spawn() was called. */
  spawnedAt: number
  /** The last lines the child printed, for error messages. */
  tail(): string
  exited: Promise<number | null>
  stop(): Promise<void>
}

/**
 * Starts `node [nodeArgs] --import tsx <script> [args]` from the repo root. The child is the
 * node process itself (no shell, no npm in between), so its pid is the one whose RSS we read.
 */
export function startNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Child {
  const spawnedAt = performance.now()
  const child = spawn(process.execPath, [...nodeArgs, ...loaderFor(script), script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    if (lines.length > 40) lines.splice(0, lines.length - 40)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))))
  let forget = () => {}
  const stop = async () => {
    forget()
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
    if (!done) {
      child.kill('SIGKILL')
      await exited
    }
  }
  forget = onCleanup(`stop ${name}`, stop)
  if (child.pid === undefined) throw new Error(`could not start ${name}`)
  return { name, pid: child.pid, process: child, spawnedAt, tail: () => lines.join('\n'), exited, stop }
}

/** Runs a node script to its end and returns what it printed on stdout; throws with its output when it fails. */
export async function runNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [...loaderFor(script), script, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const forget = onCleanup(`stop ${name}`, () => void child.kill('SIGKILL'))
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
    process.stderr.write(chunk)
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  forget()
  if (code !== 0) throw new Error(`${name} exited with ${code}\n${stdout.slice(-2000)}${stderr.slice(-2000)}`)
  return stdout
}

/**
 * Polls `url` until it answers `status`; returns the performance.now() of that answer.
 * Fails early when the child exits, or after `timeoutMs`.
 */
export async function waitForStatus(child: Child, url: string, status = 200, timeoutMs = 180_000): Promise<number> {
  const deadline = performance.now() + timeoutMs
  let exitCode: number | null | undefined
  void child.exited.then((code) => (exitCode = code))
  while (performance.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${child.name} exited (${exitCode}) before ${url} answered:\n${child.tail()}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      await response.arrayBuffer()
      if (response.status === status) return performance.now()
    } catch {
      // not listening yet
    }
    await sleep(20)
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs / 1000} s:\n${child.tail()}`)
}

/** Resident set size of a process in MiB, from /proc/<pid>/status (VmRSS). */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Math.round(Number(match[1]) / 1024) : null
  } catch {
    return null
  }
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return null
  }
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100
