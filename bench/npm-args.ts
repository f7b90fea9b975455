import { readFileSync } from 'node:fs'

/**
 * The root script runs `npm run bench -w @shopstack/bench` with the caller's extra words
 * appended, so `npm run bench -- --products 100000` reaches the *inner* npm as its own options:
 * it keeps `npm_config_products=true` and passes `100000` on as a bare word. This gives back
 * the flags as the caller typed them:
 * - `--name=value` arrives whole as npm_config_name=value;
 * - `--name value` is read back from the inner npm's command line (/proc, Linux only).
 * Arguments that reach this script directly (`npm run bench -w @shopstack/bench -- …`, or
 * `node --import tsx bench/run.ts …`) need none of this.
 */
export function npmSwallowedArgs(names: readonly string[], argv: readonly string[]): string[] {
  const given = names.filter((name) => process.env[`npm_config_${name}`] !== undefined && !argv.includes(`--${name}`))
  if (given.length === 0) return []
  const bare = given.filter((name) => process.env[`npm_config_${name}`] === 'true')
  const recovered = bare.length > 0 && argv.length > 0 ? ancestorArgs(bare) : undefined
  if (recovered) return recovered
  return given.flatMap((name) => {
    const value = process.env[`npm_config_${name}`]!
    return value === 'true' ? [`--${name}`] : [`--${name}`, value]
  })
}

/** The arguments after `run …` of the nearest ancestor process whose command line has one of the flags. */
function ancestorArgs(flags: string[]): string[] | undefined {
  let pid = process.ppid
  for (let depth = 0; depth < 6 && pid > 1; depth++) {
    try {
      // npm sets its process title to one space-separated string, and `sh -c` holds one too; none of our values has a space.
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split(/[\0\s]+/)
        .filter(Boolean)
      const first = argv.findIndex((arg) => flags.some((flag) => arg === `--${flag}` || arg.startsWith(`--${flag}=`)))
      if (first !== -1) return argv.slice(first).filter((arg) => arg !== '--')
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    } catch {
      return undefined
    }
  }
  return undefined
}
