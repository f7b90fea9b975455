import type { Redis } from 'ioredis'
import type { Cache } from './port.js'

export function createRedisCache(redis: Redis, namespace = 'cache:'): Cache {
  return {
    get: async (key) => (await redis.get(namespace + key)) ?? undefined,
    set: async (key, value, ttlMs) => void (await redis.set(namespace + key, value, 'PX', ttlMs)),
    delete: async (...keys) => {
      if (keys.length > 0) await redis.del(...keys.map((key) => namespace + key))
    },
  }
}
