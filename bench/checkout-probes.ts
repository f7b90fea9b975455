/**
 * What the checkout scenario watches besides its own clock, to say where the time goes: the CPU of
 * each process on the box (and how long each waited for a core), and the server's own timing of
 * each route (its Prometheus metrics). database-activity.ts watches PostgreSQL.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { cpuSeconds } from './servers.js'

/** USER_HZ, as in servers.ts. */
const CLOCK_TICKS = 100

/** Busy CPU of the whole machine so far, in seconds (all cores; idle and iowait excluded), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0)
  return (total - fields[3]! - fields[4]!) / CLOCK_TICKS
}

/** Seconds a thread has spent runnable but waiting for a core, from /proc/<pid>/task/<tid>/schedstat. */
function runQueueSeconds(pid: number, tid = pid): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]) / 1e9
  } catch {
    return 0
  }
}

/** Pids whose command line passes `test` (PostgreSQL backends show their database in theirs). */
function pidsMatching(test: (cmdline: string) => boolean): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (test(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '))) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

export interface CpuShares {
  /** Cores used over the window (CPU seconds / wall seconds). */
  server: number | null
  /** The bench process: the shoppers' HTTP client. */
  client: number
  /** PostgreSQL backends serving the bench database (their WAL writer and checkpointer are shared and not counted). */
  database: number | null
  redis: number | null
  /** Every process on the machine, other people's work included. */
  machine: number
  /**
   * Time spent runnable but waiting for a free core, per second of wall time: the server's main
   * thread, and the database backends together. High values mean the box, not the code, is the limit.
   */
  waiting: { server: number; database: number | null }
}

type CpuReading = {
  at: number
  server: number | null
  client: number
  database: number
  redis: number
  machine: number
  serverWait: number
  databaseWait: number
}

export function cpuWatcher(serverPid: number, databaseName: string | undefined) {
  const databasePids = () => (databaseName ? pidsMatching((cmd) => cmd.startsWith('postgres:') && cmd.includes(` ${databaseName} `)) : [])
  const redisPids = () => pidsMatching((cmd) => cmd.startsWith('redis-server'))
  // Backends are re-listed at each reading: the pool may open connections during the window.
  const read = (pids: { database: number[]; redis: number[] }): CpuReading => ({
    at: performance.now(),
    server: cpuSeconds(serverPid),
    client: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    database: pids.database.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0),
    redis: pids.redis.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0),
    machine: machineBusySeconds(),
    serverWait: runQueueSeconds(serverPid),
    databaseWait: pids.database.reduce((sum, pid) => sum + runQueueSeconds(pid), 0),
  })
  let first: CpuReading | undefined
  let pids = { database: [] as number[], redis: [] as number[] }
  return {
    open() {
      pids = { database: databasePids(), redis: redisPids() }
      first = read(pids)
    },
    close(): CpuShares | undefined {
      if (!first) return undefined
      // A backend that started after `open` counts from zero; one that ended meanwhile is lost (the pool keeps them open).
      const late = databasePids().filter((pid) => !pids.database.includes(pid))
      const last = read({ database: [...pids.database, ...late], redis: pids.redis })
      const wall = (last.at - first.at) / 1000
      const share = (a: number, b: number) => Math.round(((b - a) / wall) * 100) / 100
      return {
        server: first.server === null || last.server === null ? null : share(first.server, last.server),
        client: share(first.client, last.client),
        database: databaseName ? share(first.database, last.database) : null,
        redis: pids.redis.length > 0 ? share(first.redis, last.redis) : null,
        machine: share(first.machine, last.machine),
        waiting: {
          server: share(first.serverWait, last.serverWait),
          database: databaseName ? share(first.databaseWait, last.databaseWait) : null,
        },
      }
    },
  }
}

export interface RouteTiming {
  route: string
  requests: number
  /** Mean time inside the server (Fastify's reply.elapsedTime), from its own histogram. */
  meanMs: number
}

export interface ServerTimings {
  routes: RouteTiming[]
  /** Event-loop delay over the window (prom-client resets its monitor at every scrape). */
  eventLoopLagMeanMs: number | null
  eventLoopLagP99Ms: number | null
}

type Scrape = Map<string, { sum: number; count: number; gauge: number }>

async function scrape(origin: string): Promise<Scrape> {
  const text = await (await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(10_000) })).text()
  const series: Scrape = new Map()
  for (const line of text.split('\n')) {
    const duration = /^http_request_duration_seconds_(sum|count)\{method="(\w+)",route="([^"]*)",status="\d+"\} ([\d.e+-]+)$/.exec(line)
    if (duration) {
      const key = `${duration[2]} ${duration[3]}`
      const entry = series.get(key) ?? { sum: 0, count: 0, gauge: 0 }
      entry[duration[1] as 'sum' | 'count'] += Number(duration[4])
      series.set(key, entry)
      continue
    }
    const lag = /^(nodejs_eventloop_lag_(?:mean|p99)_seconds) ([\d.e+-]+)$/.exec(line)
    if (lag) series.set(lag[1]!, { sum: 0, count: 0, gauge: Number(lag[2]) })
  }
  return series
}

/** The server's per-route timings over the window: the difference of two scrapes of /metrics. */
export function serverTimingWatcher(origin: string) {
  let first: Promise<Scrape> | undefined
  let last: Promise<Scrape> | undefined
  return {
    open: () => void (first = scrape(origin)),
    close: () => void (last = scrape(origin)),
    async result(): Promise<ServerTimings | undefined> {
      if (!first || !last) return undefined
      const [a, b] = await Promise.all([first, last])
      const routes: RouteTiming[] = []
      for (const [key, after] of b) {
        if (!key.includes(' ')) continue
        const before = a.get(key) ?? { sum: 0, count: 0 }
        const requests = after.count - before.count
        if (requests > 0) routes.push({ route: key, requests, meanMs: Math.round(((after.sum - before.sum) / requests) * 10_000) / 10 })
      }
      const ms = (name: string) => (b.has(name) ? Math.round(b.get(name)!.gauge * 10_000) / 10 : null)
      return {
        routes: routes.sort((x, y) => y.requests - x.requests),
        eventLoopLagMeanMs: ms('nodejs_eventloop_lag_mean_seconds'),
        eventLoopLagP99Ms: ms('nodejs_eventloop_lag_p99_seconds'),
      }
    },
  }
}
