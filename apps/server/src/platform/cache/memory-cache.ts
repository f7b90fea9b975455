import { LRUCache } from 'lru-cache'
import type { Cache } from './port.js'

export function createMemoryCache(maxEntries: number): Cache {
  const entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false })
  const counters = new Map<string, number>()
  return {
    // Counters live outside the LRU: evicting a generation number would resurrect old entries.
    get: async (key) => entries.get(key) ?? counters.get(key)?.toString(),
    set: async (key, value, ttlMs) => void entries.set(key, value, { ttl: ttlMs }),
    delete: async (...keys) => keys.forEach((key) => entries.delete(key)),
    incr: async (key) => {
      const next = (counters.get(key) ?? 0) + 1
      counters.set(key, next)
      return next
    },
  }
}
