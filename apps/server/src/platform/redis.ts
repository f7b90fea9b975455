import { Redis } from 'ioredis'

/** One client per process; commands fail fast instead of queueing forever while Redis is down. */
export function connectRedis(url: string, keyPrefix: string): Redis {
  // keyPrefix applies to every command, so several shops (or test runs) can share one Redis.
  // Auto-pipelining sends the commands issued in one tick as one write: under load, many requests
  // share a round trip and a syscall instead of paying one each.
  return new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    enableAutoPipelining: true,
    lazyConnect: false,
    connectionName: 'shopstack',
  })
}
