/**
 * The search scenario's results and tables: per engine and backend, the index build, memory, the
 * HTTP load of /store/search and of suggestions against hello-world, the in-process latency of the
 * same queries, and the share of them that found nothing.
 */
import type { CpuShares } from './checkout-probes.js'
import type { DatabaseActivity } from './database-activity.js'
import type { LoadResult } from './load.js'
import type { ProfileSummary } from './profile.js'
import type { QueryClass } from './search-fixture.js'
import type { InProcessReport } from './search-inprocess.js'

export type EngineName = 'memory' | 'postgres'

/** The issue's aims at 100,000 products. */
export const SEARCH_AIMS = { inProcessP99Ms: 10, httpP99Ms: 25, rssGrowthMB: 300 } as const
/** autocannon's per-request timeout in load.ts. */
const HTTP_TIMEOUT_SECONDS = 10

export interface Latency {
  n: number
  p50: number
  p99: number
  max: number
}

export function latency(samples: number[]): Latency {
  if (samples.length === 0) return { n: 0, p50: 0, p99: 0, max: 0 }
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
  const round = (ms: number) => Math.round(ms * 100) / 100
  return { n: sorted.length, p50: round(at(50)), p99: round(at(99)), max: round(sorted.at(-1)!) }
}

export interface SearchLoad extends LoadResult {
  ratioToHello: number
  ratioPerCpu: number | null
  /** The server's own mean time for the route over the measured window (its /metrics). */
  serverMeanMs: number | null
  eventLoopLagMeanMs: number | null
  eventLoopLagP99Ms: number | null
  /** Cores used over the measured window by the server, the bench database's backends, the load generator and everything else. */
  cores: CpuShares | undefined
  /** PostgreSQL only: what the bench database's sessions were doing, sampled every 50 ms. */
  database: DatabaseActivity | undefined
}

/** Cores other work on the machine took during the window: the noise in these figures. */
export function othersCores(l: SearchLoad): number | null {
  const c = l.cores
  if (!c || c.server === null) return null
  return Math.max(0, Math.round((c.machine - c.server - c.client - (c.database ?? 0) - (c.redis ?? 0)) * 100) / 100)
}

/** Server and database CPU per answered request, in ms: what a search costs the machine. */
export function cpuMsPerRequest(l: SearchLoad): number | null {
  const c = l.cores
  if (!c || c.server === null || l.requestsPerSecond === 0) return null
  return Math.round(((c.server + (c.database ?? 0)) / l.requestsPerSecond) * 10_000) / 10
}

/** What the searches of one class found: how many found nothing, of how many, and the mean number of matches. */
export interface ClassFinds {
  none: number
  of: number
  meanTotal: number
}

export interface SearchEngineResult {
  engine: EngineName
  backend: string
  /** Spawn to the first 200 from /health, and from /ready: the index is complete. */
  startupSeconds: number
  readySeconds: number
  /** The server's own "search index ready: N products in S s" line. */
  indexed: { documents: number; seconds: number } | null
  rssReadyMiB: number | null
  rssAfterLoadMiB: number | null
  /** Every distinct URL once, one at a time, before the load: latency with no queue, and what each found. */
  single: { search: Latency; suggest: Latency; byClass: Partial<Record<QueryClass, Latency>> }
  zero: {
    searches: number
    none: number
    byClass: Partial<Record<QueryClass, ClassFinds>>
    emptySuggestions: number
    suggestions: number
  }
  /** With SEARCH_CACHE_MB=0: every request runs the engine. */
  search: SearchLoad
  suggest: SearchLoad
  /** A second server with the answer cache on (the default): the same URLs, so after the warm-up every answer is cached. */
  cached?: { readySeconds: number; search: SearchLoad; suggest: SearchLoad }
  inProcess?: InProcessReport
  profile?: { file: string; summary: ProfileSummary }
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width))
const num = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const pct = (share: number) => `${num(share * 100, 1)} %`
const signed = (value: number, digits = 1) => `${value < 0 ? '−' : '+'}${num(Math.abs(value), digits)}`

function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, right[i])).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const label = (r: SearchEngineResult) => `${r.engine} on ${r.backend}`
const loadCells = (l: SearchLoad) => [
  num(l.requestsPerSecond),
  num(l.p50Ms, 1),
  num(l.p99Ms, 1),
  pct(l.ratioToHello),
  l.ratioPerCpu === null ? '?' : pct(l.ratioPerCpu),
  l.cores?.server == null ? '?' : `${num(l.cores.server, 2)}${l.cores.database === null ? '' : ` + ${num(l.cores.database, 2)}`}`,
  cpuMsPerRequest(l) === null ? '?' : num(cpuMsPerRequest(l)!, 2),
  othersCores(l) === null ? '?' : num(othersCores(l)!, 2),
  l.serverMeanMs === null ? '?' : num(l.serverMeanMs, 1),
]

/** Build, memory and the HTTP load, one row per engine and backend. */
export function formatSearchHttp(results: SearchEngineResult[]): string {
  const rows = results.flatMap((r) => {
    const problems = (l: SearchLoad) => l.non2xx + l.errors + l.timeouts
    const note = (l: SearchLoad) => (problems(l) ? `${l.non2xx} non-2xx, ${l.errors} errors, ${l.timeouts} timeouts` : '')
    return [
      [
        label(r),
        r.indexed ? `${num(r.indexed.documents)} in ${num(r.indexed.seconds, 2)} s` : '?',
        `${num(r.readySeconds, 2)} s`,
        `${r.rssReadyMiB ?? '?'} → ${r.rssAfterLoadMiB ?? '?'} MiB`,
        'search',
        ...loadCells(r.search),
        `${num(r.single.search.p50, 1)} / ${num(r.single.search.p99, 1)}`,
        note(r.search),
      ],
      [
        '',
        '',
        '',
        '',
        'suggest',
        ...loadCells(r.suggest),
        `${num(r.single.suggest.p50, 1)} / ${num(r.single.suggest.p99, 1)}`,
        note(r.suggest),
      ],
      ...(r.cached
        ? [
            ['', '', `${num(r.cached.readySeconds, 2)} s`, '', 'search, cached', ...loadCells(r.cached.search), '', note(r.cached.search)],
            ['', '', '', '', 'suggest, cached', ...loadCells(r.cached.suggest), '', note(r.cached.suggest)],
          ]
        : []),
    ]
  })
  return table(
    [
      'engine on backend',
      'indexed (server)',
      'spawn → /ready',
      'RSS ready → after load',
      'route',
      'req/s',
      'p50 ms',
      'p99 ms',
      'vs hello',
      'vs hello per CPU-s',
      'cores: server + db',
      'CPU ms / req',
      'others, cores',
      'server mean ms',
      'one at a time p50 / p99 ms',
      '',
    ],
    rows,
    [false, true, true, true, false, true, true, true, true, true, true, true, true, true, true, false],
  )
}

/** In-process latency of the same queries, and what they found. */
export function formatSearchInProcess(results: SearchEngineResult[]): string {
  const rows = results.map((r) => {
    const p = r.inProcess
    const ms = (l: Latency | undefined) => (l ? `${num(l.p50, 2)} / ${num(l.p99, 2)}` : '?')
    return [
      label(r),
      p
        ? `${num(p.startSeconds, 2)} s${p.built ? '' : ' (found built)'}${p.readSeconds === null ? '' : ` (reading ${num(p.readSeconds, 2)} s)`}`
        : '?',
      p ? `${signed(p.rssAfterMiB - p.rssBeforeMiB)} MiB (heap ${signed(p.heapGrowthMiB)})` : '?',
      ms(p?.engineAll),
      p ? num(p.engineAll.max, 1) : '?',
      ms(p?.storeAll),
      ms(p?.suggest),
      `${pct(r.zero.none / r.zero.searches)} (${r.zero.none} of ${r.zero.searches})`,
      `${r.zero.emptySuggestions} of ${r.zero.suggestions}`,
    ]
  })
  return table(
    [
      'engine on backend',
      'build in process',
      'RSS growth',
      'engine p50 / p99 ms',
      'max',
      'store search p50 / p99 ms',
      'suggest p50 / p99 ms',
      'zero results',
      'empty suggestions',
    ],
    rows,
    [false, true, true, true, true, true, true, true, true],
  )
}

/** Engine latency per query class (in process), with each class's zero-result count over HTTP. */
export function formatSearchClasses(results: SearchEngineResult[]): string {
  const classes = [...new Set(results.flatMap((r) => Object.keys(r.inProcess?.engineByClass ?? {})))] as QueryClass[]
  const rows = classes.map((c) => [
    c,
    ...results.map((r) => {
      const l = r.inProcess?.engineByClass[c]
      const finds = r.zero.byClass[c]
      return `${l ? `${num(l.p50, 2)} / ${num(l.p99, 2)}` : '?'}${finds?.none ? ` (${finds.none}/${finds.of} none)` : ''}`
    }),
    num(results[0]?.zero.byClass[c]?.meanTotal ?? 0),
  ])
  return table(['class (p50 / p99 ms)', ...results.map(label), 'mean matches'], rows, [false, ...results.map(() => true), true])
}

const verdict = (ok: boolean | null) => (ok === null ? '?' : ok ? 'met' : 'NOT met')
const httpVerdict = (l: SearchLoad, how: string) =>
  l.requests === 0
    ? `NOT met (no answer within ${HTTP_TIMEOUT_SECONDS} s)`
    : `${verdict(l.p99Ms < SEARCH_AIMS.httpP99Ms)} (${num(l.p99Ms, 0)} ms, ${how})`

/** The aims, met or not, per engine and backend. */
export function formatSearchAims(results: SearchEngineResult[]): string {
  const rows = results.map((r) => {
    const p99 = r.inProcess?.engineAll.p99
    const growth = r.inProcess && r.inProcess.built ? (r.inProcess.rssAfterMiB - r.inProcess.rssBeforeMiB) * 1.048576 : null
    return [
      label(r),
      p99 === undefined ? '?' : `${verdict(p99 < SEARCH_AIMS.inProcessP99Ms)} (${num(p99, 2)} ms)`,
      httpVerdict(r.search, 'every request searched'),
      r.cached ? httpVerdict(r.cached.search, 'repeated queries, cached') : '-',
      growth === null ? 'n/a (index in the database)' : `${verdict(growth < SEARCH_AIMS.rssGrowthMB)} (${signed(growth, 0)} MB)`,
    ]
  })
  return table(
    [
      'engine on backend',
      `in-process p99 < ${SEARCH_AIMS.inProcessP99Ms} ms`,
      `HTTP p99 < ${SEARCH_AIMS.httpP99Ms} ms at 50 connections`,
      '(answer cache on)',
      `RSS growth < ${SEARCH_AIMS.rssGrowthMB} MB`,
    ],
    rows,
    [false, false, false, false, false],
  )
}
