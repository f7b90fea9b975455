import { describe, expect, it } from 'vitest'
import { mulDivHalfUp, percentOf } from './rounding.js'

describe('pricing: mulDivHalfUp', () => {
  it.each([
    [1, 1, 3, 0], // 0.333
    [2, 1, 3, 1], // 0.667
    [1, 1, 2, 1], // 0.5 ties up
    [3, 1, 2, 2], // 1.5 ties up
    [4, 1, 10, 0], // 0.4
    [0, 2000, 10000, 0],
    [999, 10000, 12000, 833], // 832.5
  ])('computes %i × %i ÷ %i as %i', (a, b, c, expected) => {
    expect(mulDivHalfUp(a, b, c)).toBe(expected)
  })

  it('stays exact when a × b is above 2^53', () => {
    // 9007199254740991 × 10000 ÷ 20000 = 4503599627370495.5 → …496
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 10000, 20000)).toBe(4503599627370496)
    // 3000000000001 × 7500 = 22500000000007500 (> 2^53); ÷ 10000 = 2250000000000.75 → …001
    expect(mulDivHalfUp(3_000_000_000_001, 7500, 10000)).toBe(2_250_000_000_001)
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 7, 7)).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('rejects negative, fractional and unsafe inputs, a zero divisor and a result above 2^53', () => {
    expect(() => mulDivHalfUp(-1, 1, 1)).toThrow(RangeError)
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(RangeError)
    expect(() => mulDivHalfUp(2 ** 53, 1, 1)).toThrow(RangeError)
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError)
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(RangeError)
  })
})

describe('pricing: percentOf', () => {
  it('takes basis points of an amount, rounding the half unit up', () => {
    expect(percentOf(1000, 2000)).toBe(200)
    expect(percentOf(5, 1000)).toBe(1) // 0.5
    expect(percentOf(4, 1000)).toBe(0) // 0.4
    expect(percentOf(999, 750)).toBe(75) // 74.925
    expect(percentOf(1234, 10000)).toBe(1234)
  })
})
