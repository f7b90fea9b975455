import { describe, expect, it } from 'vitest'
import { bucketBounds, bucketLabel } from './facets.js'

describe('search price buckets', () => {
  it('keeps finite, whole, ascending, distinct boundaries', () => {
    expect(bucketBounds([5000, 0, Number.NaN, 2500.4, 5000])).toEqual([0, 2500, 5000])
    expect(bucketBounds(undefined)).toEqual([])
  })

  it('labels each bucket with its inclusive range, the last one open', () => {
    const bounds = [0, 2500, 5000]
    expect([1, 2, 3].map((bucket) => bucketLabel(bounds, bucket))).toEqual(['0-2499', '2500-4999', '5000-'])
  })
})
