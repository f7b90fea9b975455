/** Minimal `--name value` / `--flag` parsing for the CLI; positional words are returned in order. */
export function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
      const next = argv[i + 1]
      if (inline !== undefined) flags[name] = inline
      else if (next !== undefined && !next.startsWith('--')) {
        flags[name] = next
        i++
      } else flags[name] = true
    } else positional.push(arg)
  }
  return { positional, flags }
}
