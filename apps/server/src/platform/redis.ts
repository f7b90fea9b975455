import { Redis } from 'ioredis'

/** One client per process; commands fail fast instead of queueing forever while Redis is down. */
export function connectRedis(url: string, keyPrefix: string): Redis {
  // keyPrefix applies to every command, so several shops (or test runs) can share one Redis.
  return new Redis(url, { keyPrefix, maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false, connectionName: 'shopstack' })
}
