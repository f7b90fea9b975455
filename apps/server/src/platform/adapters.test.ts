import { afterAll, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { createMemoryCache } from './cache/memory-cache.js'
import { createRedisCache } from './cache/redis-cache.js'
import type { Cache } from './cache/port.js'
import { createMemoryLimiter } from './rate-limit/memory-limiter.js'
import { createRedisLimiter } from './rate-limit/redis-limiter.js'
import type { AttemptLimiter } from './rate-limit/port.js'
import { createRedisSessionStore } from './sessions/redis-session-store.js'
import { connectRedis } from './redis.js'
import { createMemoryGenerations, createRedisGenerations } from './cache/generations.js'

/** Each port has one contract; every adapter must pass it. Redis runs when TEST_REDIS_URL names one. */
const redisUrl = process.env.TEST_REDIS_URL
const redis = redisUrl ? await connectRedis(redisUrl, `shopstack-test:${randomBytes(6).toString('hex')}:`) : undefined
afterAll(() => redis?.disconnect())

const caches: [string, () => Cache][] = [['memory', () => createMemoryCache(100)]]
const limiters: [string, () => AttemptLimiter][] = [['memory', () => createMemoryLimiter()]]
if (redis) {
  caches.push(['redis', () => createRedisCache(redis)])
  limiters.push(['redis', () => createRedisLimiter(redis)])
}

describe.each(caches)('%s cache', (_name, make) => {
  it('returns what was set until it expires', async () => {
    const cache = make()
    await cache.set('a', 'one', 60_000)
    await cache.set('short', 'gone soon', 30)
    expect(await cache.get('a')).toBe('one')
    await new Promise((r) => setTimeout(r, 80))
    expect(await cache.get('short')).toBeUndefined()
  })

  it('deletes keys', async () => {
    const cache = make()
    await cache.set('b', 'two', 60_000)
    await cache.delete('b')
    expect(await cache.get('b')).toBeUndefined()
  })
})

describe.each(limiters)('%s attempt limiter', (_name, make) => {
  it('allows up to the limit in a window, then refuses with a retry time', async () => {
    const limiter = make()
    const key = `k-${Math.random()}`
    const results = []
    for (let i = 0; i < 4; i++) results.push(await limiter.hit(key, 3, 60_000))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0)
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it('starts over after a reset or when the window passes', async () => {
    const limiter = make()
    const key = `k-${Math.random()}`
    await limiter.hit(key, 1, 60_000)
    expect((await limiter.hit(key, 1, 60_000)).allowed).toBe(false)
    await limiter.reset(key)
    expect((await limiter.hit(key, 1, 60_000)).allowed).toBe(true)
    const short = `s-${Math.random()}`
    await limiter.hit(short, 1, 50)
    await new Promise((r) => setTimeout(r, 120))
    expect((await limiter.hit(short, 1, 50)).allowed).toBe(true)
  })
})

describe.skipIf(!redis)('redis session store', () => {
  it('finds a session by its token, never stores the token, and revokes per person', async () => {
    const store = createRedisSessionStore(redis!)
    const a = await store.create({ subjectKind: 'customer', subjectId: 'cus_1', ttlMs: 60_000 })
    const b = await store.create({ subjectKind: 'customer', subjectId: 'cus_1', ttlMs: 60_000 })
    expect((await store.find(a.token))?.subjectId).toBe('cus_1')
    const keys = await redis!.keys('*')
    expect(keys.join()).not.toContain(a.token)
    await store.revoke(a.token)
    expect(await store.find(a.token)).toBeNull()
    expect(await store.find(b.token)).not.toBeNull()
    await store.revokeAllFor('customer', 'cus_1')
    expect(await store.find(b.token)).toBeNull()
  })
})

describe('memory generations', () => {
  it('start at 0 and only go up', async () => {
    const generations = createMemoryGenerations()
    expect(await generations.current('catalog')).toBe(0)
    expect(await generations.bump('catalog')).toBe(1)
    expect(await generations.current('catalog')).toBe(1)
    expect(await generations.current('other')).toBe(0)
  })
})

describe.skipIf(!redis)('redis generations', () => {
  it('see their own bump at once and another process’s bump within moments', async () => {
    const prefix = `shopstack-test:${randomBytes(6).toString('hex')}:`
    const [clientA, clientB] = [await connectRedis(redisUrl!, prefix), await connectRedis(redisUrl!, prefix)]
    const [a, b] = [createRedisGenerations(clientA), createRedisGenerations(clientB)]
    expect(await b.current('catalog')).toBe(0)
    await new Promise((r) => setTimeout(r, 100)) // let both subscribe
    expect(await a.bump('catalog')).toBe(1)
    expect(await a.current('catalog')).toBe(1)
    let seen = 0
    for (let i = 0; i < 50 && seen !== 1; i++) {
      seen = await b.current('catalog')
      if (seen !== 1) await new Promise((r) => setTimeout(r, 10))
    }
    expect(seen).toBe(1)
    await Promise.all([a.close(), b.close()])
    clientA.disconnect()
    clientB.disconnect()
  })

  it('close cleanly while the subscription is still being made', async () => {
    const client = await connectRedis(redisUrl!, `shopstack-test:${randomBytes(6).toString('hex')}:`)
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      for (let i = 0; i < 20; i++) {
        const generations = createRedisGenerations(client)
        // Wait for the subscriber to connect, then close before SUBSCRIBE is answered.
        await new Promise((r) => setTimeout(r, i % 4))
        await generations.close()
      }
      await new Promise((r) => setTimeout(r, 50))
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
      client.disconnect()
    }
  })
})
