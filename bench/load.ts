import autocannon from 'autocannon'

export interface LoadSettings {
  connections: number
  durationSeconds: number
  warmupSeconds: number
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
}

/** A request path per call: a fixed one, or the next one of a rotation. */
export type PathSource = () => string

/** Every connection takes the next path of the shared rotation, so all handles are hit evenly. */
export function rotate(paths: readonly string[]): PathSource {
  if (paths.length === 0) throw new Error('nothing to rotate over')
  let next = 0
  return () => paths[next++ % paths.length]!
}

function fire(origin: string, path: PathSource, connections: number, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
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

/** Warm-up (not counted), then the measured run; both bounded in time, on loopback only. */
export async function measure(origin: string, path: PathSource, settings: LoadSettings): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) throw new Error(`load only goes to 127.0.0.1, not ${origin}`)
  if (settings.warmupSeconds > 0) await fire(origin, path, settings.connections, settings.warmupSeconds)
  const result = await fire(origin, path, settings.connections, settings.durationSeconds)
  return {
    requestsPerSecond: result.requests.total / (result.duration || settings.durationSeconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  }
}
