import { parseArgs } from '../apps/server/src/cli-args.js'
import { npmSwallowedArgs } from './npm-args.js'

export type BackendName = 'embedded' | 'postgres'

export interface BenchOptions {
  /** Undefined: the demo shop via seedDemoShop. A number: that many generated products, bulk-loaded. */
  products: number | undefined
  durationSeconds: number
  warmupSeconds: number
  connections: number
  handles: number
  backends: BackendName[]
  /** Also run the product-detail scenario once more under `node --cpu-prof` and list the hottest functions. */
  profile: boolean
}

const USAGE = `npm run bench -- [--products N] [--duration 10] [--warmup 2] [--connections 50]
                       [--handles 200] [--backends embedded,postgres] [--profile]`

function positiveInt(flags: Record<string, string | true>, name: string, fallback: number): number {
  const raw = flags[name]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number\n${USAGE}`)
  return value
}

export function readOptions(argv: string[]): BenchOptions {
  const known = new Set(['products', 'duration', 'warmup', 'connections', 'handles', 'backends', 'profile', 'help'])
  const recovered = npmSwallowedArgs([...known], argv)
  const { flags } = parseArgs(recovered.length > 0 ? recovered : argv)
  const unknown = Object.keys(flags).filter((name) => !known.has(name))
  if (flags.help || unknown.length > 0) throw new Error(`${unknown.length ? `unknown option(s): ${unknown.join(', ')}\n` : ''}${USAGE}`)
  const backends = String(flags.backends ?? 'embedded,postgres')
    .split(',')
    .filter(Boolean) as BackendName[]
  if (backends.some((name) => name !== 'embedded' && name !== 'postgres'))
    throw new Error(`--backends takes embedded and/or postgres\n${USAGE}`)
  return {
    products: flags.products === undefined ? undefined : positiveInt(flags, 'products', 0),
    durationSeconds: positiveInt(flags, 'duration', 10),
    warmupSeconds: flags.warmup === '0' ? 0 : positiveInt(flags, 'warmup', 2),
    connections: positiveInt(flags, 'connections', 50),
    handles: positiveInt(flags, 'handles', 200),
    backends,
    profile: flags.profile === true || flags.profile === 'true',
  }
}
