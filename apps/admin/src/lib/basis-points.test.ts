import { describe, expect, it } from 'vitest'
import { basisPointsToPercent, formatPercent, percentToBasisPoints } from './basis-points'

describe('rates typed by staff as percentages', () => {
  it('become basis points without floating point', () => {
    expect(percentToBasisPoints('15')).toBe(1500)
    expect(percentToBasisPoints('8.25')).toBe(825)
    expect(percentToBasisPoints('7,5')).toBe(750)
    expect(percentToBasisPoints(' 0.01 ')).toBe(1)
    expect(percentToBasisPoints('100')).toBe(10_000)
    // 0.29 × 100 is 28.999999999999996 as a float, 29 here.
    expect(percentToBasisPoints('0.29')).toBe(29)
    expect(percentToBasisPoints('0')).toBe(0)
  })

  it('refuse what is not a percentage with at most two decimals', () => {
    for (const text of ['', 'abc', '8.255', '-5', '1e2', '15.', '.5', '15 %', '123456'])
      expect(percentToBasisPoints(text), text).toBeUndefined()
  })

  it('start fields from basis points, and read as a percentage', () => {
    expect(basisPointsToPercent(825)).toBe('8.25')
    expect(basisPointsToPercent(1500)).toBe('15')
    expect(basisPointsToPercent(750)).toBe('7.5')
    expect(basisPointsToPercent(1)).toBe('0.01')
    expect(basisPointsToPercent(0)).toBe('0')
    expect(formatPercent(10_000)).toBe('100 %')
    for (const bp of [0, 1, 9, 10, 99, 100, 825, 2000, 10_000]) expect(percentToBasisPoints(basisPointsToPercent(bp))).toBe(bp)
  })
})
