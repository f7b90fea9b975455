import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'

export interface LoadSettings {
  connections: number
  durationSeconds: number
  warmupSeconds: number
  /** Sent with every request (a cookie that puts the server in a mode, say). */
  headers?: Record<string, string>
}

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  bytesPerRequest: number
  /** Cores the server used during the measured run (CPU seconds / wall seconds), when known. */
  serverCpu: number | null
}

/** A request path per call: a fixed one, or the next one of a rotation. */
export type PathSource = () => string

/** Every connection takes the next path of the shared rotation, so all handles are hit evenly. */
export function rotate(paths: readonly string[]): PathSource {
  if (paths.length === 0) throw new Error('nothing to rotate over')
  let next = 0
  return () => paths[next++ % paths.length]!
}

function fire(
  origin: string,
  path: PathSource,
  connections: number,
  seconds: number,
  headers?: Record<string, string>,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers,
        // A fresh path for every request; no If-None-Match is sent, so every answer is a full 200.
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) }],
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    // A run is bounded by `duration`; this only guards a stuck socket.
    const guard = setTimeout(() => instance.stop(), (seconds + 15) * 1000)
    instance.once('done', () => clearTimeout(guard))
  })
}

export interface PrimeResult {
  paths: number
  meanMs: number
  maxMs: number
}

/**
 * Requests every distinct path once, one at a time, before any load: the store caches each
 * answer, so the timed runs measure the warm steady state, and the mean here is the cold
 * (cache-miss) cost of one request on an otherwise idle server.
 */
export async function prime(origin: string, paths: readonly string[], headers?: Record<string, string>): Promise<PrimeResult> {
  let total = 0
  let max = 0
  for (const path of new Set(paths)) {
    const started = performance.now()
    const response = await fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
    const ms = performance.now() - started
    total += ms
    max = Math.max(max, ms)
  }
  const count = new Set(paths).size
  return { paths: count, meanMs: Math.round((total / count) * 10) / 10, maxMs: Math.round(max * 10) / 10 }
}

/** Warm-up (not counted), then the measured run; both bounded in time, on loopback only. */
export async function measure(origin: string, path: PathSource, settings: LoadSettings, cpuOf?: () => number | null): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) throw new Error(`load only goes to 127.0.0.1, not ${origin}`)
  if (settings.warmupSeconds > 0) await fire(origin, path, settings.connections, settings.warmupSeconds, settings.headers)
  const cpuBefore = cpuOf?.() ?? null
  const wallBefore = performance.now()
  const result = await fire(origin, path, settings.connections, settings.durationSeconds, settings.headers)
  const cpuAfter = cpuOf?.() ?? null
  const wall = (performance.now() - wallBefore) / 1000
  return {
    requestsPerSecond: result.requests.total / (result.duration || settings.durationSeconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    serverCpu: cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / wall) * 100) / 100,
  }
}
