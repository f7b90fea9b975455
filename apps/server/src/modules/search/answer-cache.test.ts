import { describe, expect, it } from 'vitest'
import { canonicalQuery, createAnswerCache } from './answer-cache.js'

const counting = () => {
  let runs = 0
  const run =
    (value: unknown, empty = false) =>
    async () => {
      runs++
      return { value, empty }
    }
  return { run, runs: () => runs }
}

describe('answer cache', () => {
  it('computes an answer once, then serves it serialised with an ETag', async () => {
    const cache = createAnswerCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 })
    const { run, runs } = counting()
    const first = await cache.through('k', run({ total: 3 }))
    const second = await cache.through('k', run({ total: 99 }))
    expect(runs()).toBe(1)
    expect(second).toBe(first)
    expect(JSON.parse(second.body)).toEqual({ total: 3 })
    expect(second.etag).toMatch(/^"[\w-]+"$/)
  })

  it('shares one computation between concurrent asks for the same key', async () => {
    const cache = createAnswerCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 })
    const { run, runs } = counting()
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.through('k', run({ n: 1 }))))
    expect(runs()).toBe(1)
    expect(new Set(answers).size).toBe(1)
  })

  it('keeps within its size, dropping the least recently used answers', async () => {
    const cache = createAnswerCache({ maxBytes: 4_000, ttlMs: 60_000 })
    const { run, runs } = counting()
    const big = 'x'.repeat(900)
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.through(key, run(big))
    expect(runs()).toBe(5)
    await cache.through('e', run(big))
    expect(runs()).toBe(5)
    await cache.through('a', run(big))
    expect(runs()).toBe(6)
  })

  it('keeps nothing when off, and never an answer larger than itself', async () => {
    const off = createAnswerCache({ maxBytes: 0, ttlMs: 60_000 })
    const small = createAnswerCache({ maxBytes: 100, ttlMs: 60_000 })
    const { run, runs } = counting()
    await off.through('k', run(1))
    await off.through('k', run(1))
    await small.through('k', run('y'.repeat(500)))
    await small.through('k', run('y'.repeat(500)))
    expect(runs()).toBe(4)
  })

  it('forgets a failed computation, so the next ask tries again', async () => {
    const cache = createAnswerCache({ maxBytes: 1024 * 1024, ttlMs: 60_000 })
    await expect(cache.through('k', () => Promise.reject(new Error('engine down')))).rejects.toThrow('engine down')
    expect(JSON.parse((await cache.through('k', async () => ({ value: 'ok', empty: false }))).body)).toBe('ok')
  })

  it('keys a query the same whatever the order of its parameters', () => {
    expect(canonicalQuery({ q: 'shoes', page: 1, brand: undefined })).toBe(canonicalQuery({ page: 1, q: 'shoes' }))
    expect(canonicalQuery({ q: 'shoes', page: 2 })).not.toBe(canonicalQuery({ q: 'shoes', page: 1 }))
  })
})
