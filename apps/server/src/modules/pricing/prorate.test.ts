import { describe, expect, it } from 'vitest'
import { prorate } from './prorate.js'

describe('pricing: prorate', () => {
  it.each([
    { total: 1000, weights: [1, 1, 1], parts: [334, 333, 333] },
    { total: 2, weights: [1, 1, 1], parts: [1, 1, 0] },
    { total: 1, weights: [5, 5], parts: [1, 0] },
    { total: 10, weights: [1, 2, 3, 4], parts: [1, 2, 3, 4] },
    // 100/7 × (1, 2, 4) = 14.29, 28.57, 57.14: the one leftover unit goes to the largest remainder, not the first line
    { total: 100, weights: [1, 2, 4], parts: [14, 29, 57] },
    { total: 100, weights: [0, 50, 50], parts: [0, 50, 50] },
    { total: 0, weights: [3, 7], parts: [0, 0] },
    { total: 0, weights: [0, 0], parts: [0, 0] },
    { total: 7, weights: [], parts: [] as number[] },
  ])('splits $total over $weights as $parts', ({ total, weights, parts }) => {
    if (weights.length === 0) return expect(() => prorate(total, weights)).toThrow(RangeError)
    expect(prorate(total, weights)).toEqual(parts)
  })

  it('stays exact for amounts near 2^53', () => {
    expect(prorate(Number.MAX_SAFE_INTEGER, [1, 1])).toEqual([4503599627370496, 4503599627370495])
  })

  it('always sums to the total, each part within one unit of its exact share', () => {
    let seed = 42
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    for (let round = 0; round < 200; round++) {
      const weights = Array.from({ length: 1 + next(6) }, () => next(5000))
      weights[0] = weights[0]! + 1
      const total = next(100_000)
      const parts = prorate(total, weights)
      const weightSum = weights.reduce((a, b) => a + b, 0)
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
      parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / weightSum)).toBeLessThan(1))
    }
  })

  it('rejects a non-zero total over all-zero weights, and negative weights', () => {
    expect(() => prorate(5, [0, 0])).toThrow(RangeError)
    expect(() => prorate(5, [1, -1])).toThrow(RangeError)
  })
})
