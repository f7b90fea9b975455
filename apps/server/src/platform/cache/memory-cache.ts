import { LRUCache } from 'lru-cache'
import type { Cache } from './port.js'

export function createMemoryCache(maxEntries: number): Cache {
  const entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false })
  return {
    get: async (key) => entries.get(key),
    set: async (key, value, ttlMs) => void entries.set(key, value, { ttl: ttlMs }),
    delete: async (...keys) => keys.forEach((key) => entries.delete(key)),
  }
}
