import type { Redis } from 'ioredis'
import type { AttemptLimiter } from './port.js'

export function createRedisLimiter(redis: Redis, namespace = 'attempts:'): AttemptLimiter {
  return {
    async hit(key, limit, windowMs) {
      const results = await redis
        .multi()
        .incr(namespace + key)
        .pexpire(namespace + key, windowMs, 'NX')
        .pttl(namespace + key)
        .exec()
      const count = Number(results?.[0]?.[1] ?? 0)
      const ttl = Number(results?.[2]?.[1] ?? windowMs)
      return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) }
    },
    async reset(key) {
      await redis.del(namespace + key)
    },
  }
}
