import { parseArgs } from '../apps/server/src/cli-args.js'
import { npmSwallowedArgs } from './npm-args.js'

export type BackendName = 'embedded' | 'postgres'
export type SearchEngineName = 'memory' | 'postgres'
const ENGINES = ['memory', 'postgres'] as const

/** The scenarios a run can pick; hello-world always runs, as the baseline of each backend block. */
export const SCENARIO_NAMES = ['detail', 'list', 'list-category', 'checkout', 'search', 'storefront'] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]
/** The storefront only when asked: it needs a Next.js build, and its shop is the harness's demo shop whatever --products says. */
const DEFAULT_SCENARIOS = SCENARIO_NAMES.filter((name) => name !== 'storefront')

export interface BenchOptions {
  /** Undefined: the demo shop via seedDemoShop. A number: that many generated products, bulk-loaded. */
  products: number | undefined
  durationSeconds: number
  warmupSeconds: number
  connections: number
  handles: number
  backends: BackendName[]
  scenarios: ScenarioName[]
  /** Concurrent shoppers of the checkout scenario, each going through the whole flow in a loop. */
  shoppers: number
  /** The search engines the search scenario runs on PostgreSQL + Redis. */
  engines: SearchEngineName[]
  /**
   * The same on PGlite: only the in-process engine unless asked, since the PostgreSQL engine on PGlite
   * takes minutes to build and time at 100,000 products and answers nothing under load (README, Search).
   */
  pgliteEngines: SearchEngineName[]
  /** Also run the product-detail, checkout and search scenarios once more under `node --cpu-prof` and list the hottest functions. */
  profile: boolean
}

const USAGE = `npm run bench -- [--products N] [--duration 10] [--warmup 2] [--connections 50]
                       [--handles 200] [--backends embedded,postgres]
                       [--scenarios ${DEFAULT_SCENARIOS.join(',')}[,storefront]] [--shoppers 50]
                       [--engines memory,postgres] [--pglite-engines memory] [--profile]`

function positiveInt(flags: Record<string, string | true>, name: string, fallback: number): number {
  const raw = flags[name]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number\n${USAGE}`)
  return value
}

function list<T extends string>(flags: Record<string, string | true>, name: string, allowed: readonly T[], fallback = allowed): T[] {
  const raw = flags[name]
  if (raw === undefined) return [...fallback]
  const picked = String(raw).split(',').filter(Boolean)
  const wrong = picked.filter((value) => !allowed.includes(value as T))
  if (raw === true || picked.length === 0 || wrong.length > 0)
    throw new Error(`--${name} takes one or more of ${allowed.join(', ')}${wrong.length ? ` (not ${wrong.join(', ')})` : ''}\n${USAGE}`)
  return [...new Set(picked)] as T[]
}

export function readOptions(argv: string[]): BenchOptions {
  const known = new Set([
    'products',
    'duration',
    'warmup',
    'connections',
    'handles',
    'backends',
    'scenarios',
    'shoppers',
    'engines',
    'pglite-engines',
    'profile',
    'help',
  ])
  const recovered = npmSwallowedArgs([...known], argv)
  const { flags } = parseArgs(recovered.length > 0 ? recovered : argv)
  const unknown = Object.keys(flags).filter((name) => !known.has(name))
  if (flags.help || unknown.length > 0) throw new Error(`${unknown.length ? `unknown option(s): ${unknown.join(', ')}\n` : ''}${USAGE}`)
  return {
    products: flags.products === undefined ? undefined : positiveInt(flags, 'products', 0),
    durationSeconds: positiveInt(flags, 'duration', 10),
    warmupSeconds: flags.warmup === '0' ? 0 : positiveInt(flags, 'warmup', 2),
    connections: positiveInt(flags, 'connections', 50),
    handles: positiveInt(flags, 'handles', 200),
    backends: list(flags, 'backends', ['embedded', 'postgres'] as const),
    scenarios: list(flags, 'scenarios', SCENARIO_NAMES, DEFAULT_SCENARIOS),
    shoppers: positiveInt(flags, 'shoppers', 50),
    engines: list(flags, 'engines', ENGINES),
    pgliteEngines: list(flags, 'pglite-engines', ENGINES, ['memory']),
    profile: flags.profile === true || flags.profile === 'true',
  }
}
