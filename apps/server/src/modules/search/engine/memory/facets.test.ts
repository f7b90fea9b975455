import { describe, expect, it } from 'vitest'
import { engineWith, query } from './fixtures/catalog.js'

describe('memory search facets', () => {
  it('counts every facet over the matches when nothing is filtered', async () => {
    const engine = await engineWith()
    const { facets } = await engine.search(query('boots', { facets: true }))
    expect(facets).toEqual({
      brand: [{ value: 'Stridewell', count: 2 }],
      category: [
        { value: 'cat_boots', count: 2 },
        { value: 'cat_footwear', count: 2 },
      ],
      price: [],
      attributes: {
        colour: [
          { value: 'Brown', count: 2 },
          { value: 'Black', count: 1 },
        ],
      },
    })
  })

  it('counts a facet without its own filter, and with every other filter', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('', { facets: true, filters: { brands: ['Nordvik'] } }))
    expect(result.total).toBe(2)
    expect(result.facets!.brand).toEqual([
      { value: 'Maison Ardelle', count: 2 },
      { value: 'Nordvik', count: 2 },
      { value: 'Stridewell', count: 2 },
      { value: 'Ember & Oak', count: 1 },
      { value: 'Voltaris', count: 1 },
    ])
    expect(result.facets!.category).toEqual([
      { value: 'cat_apparel', count: 2 },
      { value: 'cat_shirts', count: 2 },
    ])
    expect(result.facets!.attributes).toEqual({
      colour: [
        { value: 'Navy', count: 1 },
        { value: 'White', count: 1 },
      ],
      size: [
        { value: 'L', count: 1 },
        { value: 'M', count: 1 },
        { value: 'S', count: 1 },
      ],
    })
  })

  it('keeps each of two filtered facets disjunctive on its own', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('', { facets: true, filters: { brands: ['Nordvik'], attributes: { colour: ['Navy'] } } }))
    expect(result.total).toBe(1)
    expect(result.facets!.brand).toEqual([
      { value: 'Maison Ardelle', count: 1 },
      { value: 'Nordvik', count: 1 },
    ])
    expect(result.facets!.attributes.colour).toEqual([
      { value: 'Navy', count: 1 },
      { value: 'White', count: 1 },
    ])
    expect(result.facets!.attributes.size).toEqual([{ value: 'S', count: 1 }])
  })

  it('buckets prices in the query currency, ignoring the price filter itself', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('', { facets: true, priceBuckets: [0, 2500, 5000, 10000], filters: { priceMin: 3000 } }))
    expect(result.total).toBe(6)
    expect(result.facets!.price).toEqual([
      { value: '0-2499', count: 1 },
      { value: '2500-4999', count: 3 },
      { value: '5000-9999', count: 1 },
      { value: '10000-', count: 3 },
    ])
    const euro = await engine.search(query('', { currency: 'EUR', facets: true, priceBuckets: [0, 2500] }))
    expect(euro.facets!.price).toEqual([
      { value: '0-2499', count: 1 },
      { value: '2500-', count: 6 },
    ])
  })

  it('applies stock and collection filters to every facet', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('', { facets: true, filters: { inStock: true, categoryIds: ['cat_footwear'] } }))
    expect(result.total).toBe(1)
    expect(result.facets!.brand).toEqual([{ value: 'Stridewell', count: 1 }])
    expect(result.facets!.category.find((value) => value.value === 'cat_footwear')).toEqual({ value: 'cat_footwear', count: 1 })
    expect(result.facets!.category.find((value) => value.value === 'cat_apparel')).toEqual({ value: 'cat_apparel', count: 4 })
  })

  it('returns no facets when none are asked for', async () => {
    const engine = await engineWith()
    expect((await engine.search(query('boots'))).facets).toBeNull()
  })
})
