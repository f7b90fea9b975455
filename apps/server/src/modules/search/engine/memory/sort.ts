import type { SearchSort } from '../port.js'

/** Per-ordinal sort keys of the current query. */
export interface SortKeys {
  score: Float32Array
  prices: Float64Array
  createdAt: Float64Array
  sales: Float64Array
  ids: readonly string[]
}

export type Compare = (a: number, b: number) => number

/**
 * The order of results, each sort ending in the product id so equal keys still give one stable
 * order across pages. Relevance: score, then newest. Price: min price in the query currency,
 * then relevance. Newest and bestselling: their key, then relevance.
 */
export function comparatorFor(sort: SearchSort, keys: SortKeys): Compare {
  const { score, prices, createdAt, sales, ids } = keys
  const byId: Compare = (a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0)
  const byScore: Compare = (a, b) => score[b]! - score[a]! || createdAt[b]! - createdAt[a]! || byId(a, b)
  switch (sort) {
    case 'price_asc':
      return (a, b) => prices[a]! - prices[b]! || byScore(a, b)
    case 'price_desc':
      return (a, b) => prices[b]! - prices[a]! || byScore(a, b)
    case 'newest':
      return (a, b) => createdAt[b]! - createdAt[a]! || score[b]! - score[a]! || byId(a, b)
    case 'bestselling':
      return (a, b) => sales[b]! - sales[a]! || byScore(a, b)
    default:
      return byScore
  }
}

/**
 * The first `k` of `items[0..n)` in `compare` order. A bounded heap keeps this O(n log k) for a
 * page of 20 out of 50,000 results; when most items are wanted a full sort is cheaper.
 */
export function selectTop(items: Uint32Array, n: number, k: number, compare: Compare): number[] {
  if (k <= 0 || n === 0) return []
  if (k * 4 >= n) return Array.from(items.subarray(0, n)).sort(compare).slice(0, k)
  // A max-heap on `compare`: the root is the worst of the best k seen so far.
  const heap: number[] = []
  const siftDown = (at: number) => {
    const size = heap.length
    for (;;) {
      const left = at * 2 + 1
      if (left >= size) return
      const right = left + 1
      const worse = right < size && compare(heap[right]!, heap[left]!) > 0 ? right : left
      if (compare(heap[worse]!, heap[at]!) <= 0) return
      ;[heap[worse], heap[at]] = [heap[at]!, heap[worse]!]
      at = worse
    }
  }
  for (let i = 0; i < n; i++) {
    const item = items[i]!
    if (heap.length < k) {
      heap.push(item)
      let at = heap.length - 1
      while (at > 0) {
        const parent = (at - 1) >> 1
        if (compare(heap[at]!, heap[parent]!) <= 0) break
        ;[heap[at], heap[parent]] = [heap[parent]!, heap[at]!]
        at = parent
      }
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item
      siftDown(0)
    }
  }
  return heap.sort(compare)
}
