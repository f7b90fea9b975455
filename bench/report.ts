import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BackendName, BenchOptions } from './args.js'
import type { CheckoutResult } from './checkout-report.js'
import type { LoadResult, PrimeResult } from './load.js'
import type { ProfileSummary } from './profile.js'
import type { SearchEngineResult } from './search-report.js'
import type { SeedReport } from './seed-catalog.js'

export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url))

export type ScenarioId = 'hello' | 'detail' | 'list' | 'list-category'

export interface ScenarioResult extends LoadResult {
  id: ScenarioId
  title: string
  path: string
  /** requests per second over the hello-world's, measured in the same backend block. */
  ratioToHello: number
  /** The same, per CPU-second the server used: less sensitive to the load generator's share of the cores. */
  ratioPerCpu: number | null
  /** The aim for this scenario, as a share of hello-world. */
  aim?: number
  /** Each distinct URL requested once, one at a time, before the load: the cache-miss cost. */
  cold?: PrimeResult
}

export interface BackendResult {
  name: BackendName
  label: string
  skipped?: string
  seed?: SeedReport
  startupSeconds?: number
  readySeconds?: number
  rssAfterStartMiB?: number | null
  rssAfterLoadMiB?: number | null
  scenarios: ScenarioResult[]
  /** The product-detail scenario under the profiler. */
  profile?: { file: string; summary: ProfileSummary }
  checkout?: CheckoutResult
  /** The search scenario, one entry per engine. */
  search?: SearchEngineResult[]
}

export interface RunReport {
  startedAt: string
  finishedAt: string
  machine: { cpus: number; node: string; fastify: string; loadAverageAtStart: number[] }
  options: BenchOptions
  backends: BackendResult[]
}

/** The aims from the project issue, as shares of hello-world's req/s. */
export const AIMS: Partial<Record<ScenarioId, number>> = { detail: 0.5, list: 0.25, 'list-category': 0.25 }

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width))
const num = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, rightAligned[i])).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function formatScenarios(backends: BackendResult[]): string {
  const rows: string[][] = []
  for (const backend of backends) {
    if (backend.skipped) {
      rows.push([backend.label, `skipped: ${backend.skipped}`, '', '', '', '', '', '', '', ''])
      continue
    }
    for (const s of backend.scenarios) {
      const problems = s.non2xx + s.errors + s.timeouts
      const verdict = (ratio: number | null) => (ratio === null ? '?' : ratio >= s.aim! ? 'met' : 'NOT met')
      const aim = s.aim === undefined ? '' : `≥ ${s.aim * 100} %: ${verdict(s.ratioToHello)} by req/s, ${verdict(s.ratioPerCpu)} per CPU-s`
      rows.push([
        backend.label,
        s.title,
        num(s.requestsPerSecond),
        num(s.p50Ms, 1),
        num(s.p99Ms, 1),
        `${num(s.ratioToHello * 100, 1)} %`,
        s.serverCpu === null ? '?' : num(s.serverCpu, 2),
        s.ratioPerCpu === null ? '?' : `${num(s.ratioPerCpu * 100, 1)} %`,
        s.cold && s.id !== 'hello' ? num(s.cold.meanMs, 1) : '',
        problems ? `${s.non2xx} non-2xx, ${s.errors} errors, ${s.timeouts} timeouts; ${aim}` : aim,
      ])
    }
  }
  return table(
    ['backend', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'vs hello', 'server CPU', 'vs hello per CPU-s', 'cold ms', 'aim'],
    rows,
    [false, false, true, true, true, true, true, true, true, false],
  )
}

export function formatStartup(backends: BackendResult[]): string {
  const rows = backends
    .filter((b) => !b.skipped)
    .map((b) => [
      b.label,
      `${num(b.seed?.products ?? 0)} (${b.seed?.method ?? '?'})`,
      b.seed ? `${num(b.seed.openSeconds + b.seed.seedSeconds, 1)} s` : '',
      b.seed?.wallSeconds === undefined
        ? ''
        : `${num(b.seed.wallSeconds, 1)} s (gen ${num(b.seed.generationSeconds ?? 0, 1)}, insert ${num(b.seed.loadSeconds ?? 0, 1)}) + ${num(b.seed.analyzeSeconds ?? 0, 1)} s`,
      // Absent when only the search scenario ran: it starts a server per engine, reported with it.
      b.startupSeconds === undefined ? '' : `${num(b.startupSeconds, 2)} s`,
      b.readySeconds === undefined ? '' : `${num(b.readySeconds, 2)} s`,
      b.rssAfterStartMiB === undefined ? '' : `${b.rssAfterStartMiB ?? '?'} MiB`,
      b.rssAfterLoadMiB === undefined ? '' : `${b.rssAfterLoadMiB ?? '?'} MiB`,
    ])
  return table(
    ['backend', 'products', 'seed (open+load)', 'bulk load + analyze', 'startup (/health)', 'ready', 'RSS after start', 'RSS after load'],
    rows,
    [false, true, true, true, true, true, true, true],
  )
}

export function writeJson(report: RunReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = `${RESULTS_DIR}${report.startedAt.replace(/[:.]/g, '-')}.json`
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}
