import { describe, expect, it } from 'vitest'
import { comparatorFor, selectTop } from './sort.js'

const keys = {
  score: Float32Array.from([1, 3, 3, 0, 2]),
  prices: Float64Array.from([500, 100, 300, 100, 900]),
  createdAt: Float64Array.from([10, 20, 30, 40, 50]),
  sales: Float64Array.from([5, 5, 1, 9, 0]),
  ids: ['a', 'b', 'c', 'd', 'e'],
}
const all = Uint32Array.from([0, 1, 2, 3, 4])
const order = (sort: Parameters<typeof comparatorFor>[0], k = 5) =>
  selectTop(all, 5, k, comparatorFor(sort, keys)).map((ord) => keys.ids[ord])

describe('memory search sort orders', () => {
  it('ranks by score, newer first on equal scores', () => {
    expect(order('relevance')).toEqual(['c', 'b', 'e', 'a', 'd'])
  })

  it('orders by min price, relevance breaking ties', () => {
    expect(order('price_asc')).toEqual(['b', 'd', 'c', 'a', 'e'])
    expect(order('price_desc')).toEqual(['e', 'a', 'c', 'b', 'd'])
  })

  it('orders by creation time and by units sold', () => {
    expect(order('newest')).toEqual(['e', 'd', 'c', 'b', 'a'])
    expect(order('bestselling')).toEqual(['d', 'b', 'a', 'c', 'e'])
  })

  it('keeps only the first k, in order, for small and large k', () => {
    expect(order('relevance', 1)).toEqual(['c'])
    expect(order('relevance', 3)).toEqual(['c', 'b', 'e'])
  })

  it('agrees with a full sort on a large random set', () => {
    const n = 5000
    const big = {
      score: Float32Array.from({ length: n }, (_, i) => (i * 7919) % 101),
      prices: new Float64Array(n),
      createdAt: Float64Array.from({ length: n }, (_, i) => (i * 104729) % 997),
      sales: new Float64Array(n),
      ids: Array.from({ length: n }, (_, i) => `p${String(i).padStart(5, '0')}`),
    }
    const compare = comparatorFor('relevance', big)
    const items = Uint32Array.from({ length: n }, (_, i) => i)
    expect(selectTop(items, n, 37, compare)).toEqual([...items].sort(compare).slice(0, 37))
  })
})
