import type { Redis } from 'ioredis'

/**
 * One client per process; commands fail fast instead of queueing forever while Redis is down.
 * The client library is loaded only when Redis is configured: an embedded shop never pays for it.
 */
export async function connectRedis(
  url: string,
  keyPrefix: string,
  log: { warn(obj: object, msg: string): void } = console,
): Promise<Redis> {
  // keyPrefix applies to every command, so several shops (or test runs) can share one Redis.
  // Auto-pipelining sends the commands issued in one tick as one write: under load, many requests
  // share a round trip and a syscall instead of paying one each.
  const { Redis } = await import('ioredis')
  const redis = new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    enableAutoPipelining: true,
    lazyConnect: false,
    connectionName: 'shopstack',
  })
  // ioredis reconnects by itself; without a listener each failed attempt is an unhandled 'error' event.
  let lastLogged = 0
  redis.on('error', (error: Error) => {
    if (Date.now() - lastLogged < 10_000) return
    lastLogged = Date.now()
    log.warn({ err: error }, 'redis connection error; reconnecting')
  })
  return redis
}
