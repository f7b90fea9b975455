import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchEngine, SearchSort } from '../port.js'
import { createPostgresSearchEngine } from './engine.js'
import { openTestDatabase, databaseKind } from './test-database.js'
import { batches, CATALOG, DICTIONARY, idsOf, searcher, sortedIds } from './test-documents.js'

let close: () => Promise<void>
let engine: SearchEngine
let search: ReturnType<typeof searcher>

beforeAll(async () => {
  const db = await openTestDatabase()
  close = db.close
  engine = createPostgresSearchEngine(db.handle.db)
  search = searcher(engine)
  await engine.setDictionary(DICTIONARY)
  await engine.replaceAll(batches(CATALOG))
})
afterAll(() => close())

const BUCKETS = [0, 2_500, 5_000, 10_000]

describe(`postgres search engine (${databaseKind}): filters`, () => {
  it('finds products in a category or below it', async () => {
    expect(sortedIds(await search('', { filters: { categoryIds: ['cat_apparel'] } }))).toEqual(
      ['p_cap', 'p_cape', 'p_down', 'p_rain', 'p_shoes', 'p_sweater', 'p_tee', 'p_tee2'].sort(),
    )
    expect(sortedIds(await search('', { filters: { categoryIds: ['cat_jackets', 'cat_kitchen'] } }))).toEqual(
      ['p_creme', 'p_down', 'p_html', 'p_knives', 'p_mug', 'p_rain'].sort(),
    )
  })

  it('filters by collection, and by brands OR-ed', async () => {
    expect(sortedIds(await search('', { filters: { collectionIds: ['col_sale'] } }))).toEqual(['p_boxes', 'p_mug'])
    expect((await search('', { filters: { brands: ['Northwind'] } })).total).toBe(5)
    expect((await search('', { filters: { brands: ['Northwind', 'Zephyr'] } })).total).toBe(10)
  })

  it('filters by the lowest price in the query currency, bounds included', async () => {
    expect(sortedIds(await search('', { filters: { priceMin: 2_500, priceMax: 4_500 } }))).toEqual([
      'p_creme',
      'p_organiser',
      'p_tee',
      'p_tee2',
    ])
    expect(sortedIds(await search('', { currency: 'EUR', filters: { priceMax: 11_000 } }))).toEqual(['p_rain', 'p_tee'])
  })

  it('filters by stock either way', async () => {
    expect(idsOf(await search('', { filters: { inStock: false } }))).toEqual(['p_down'])
    expect((await search('', { filters: { inStock: true } })).total).toBe(13)
  })

  it('ORs values of one attribute and ANDs attributes', async () => {
    expect(sortedIds(await search('', { filters: { attributes: { size: ['S', 'L'], colour: ['Navy'] } } }))).toEqual(['p_rain', 'p_tee'])
    expect(sortedIds(await search('', { filters: { attributes: { Size: ['S'] } } }))).toEqual(['p_rain', 'p_tee'])
  })

  it('leaves out products without a price in the query currency', async () => {
    expect(sortedIds(await search('', { currency: 'EUR' }))).toEqual(['p_rain', 'p_tee'])
    const none = await search('jacket', { currency: 'GBP', facets: true, priceBuckets: BUCKETS })
    expect(none.total).toBe(0)
    expect(none.facets).toEqual({ brand: [], category: [], price: [], attributes: {} })
  })

  it('ignores empty filter lists', async () => {
    expect((await search('', { filters: { brands: [], categoryIds: [], collectionIds: [], attributes: { size: [] } } })).total).toBe(
      CATALOG.length,
    )
  })

  it('combines words and filters', async () => {
    expect(idsOf(await search('jacket ', { filters: { inStock: true, priceMax: 20_000 } }))).toEqual(['p_rain'])
  })
})

describe(`postgres search engine (${databaseKind}): facets`, () => {
  it('counts each facet with every filter but its own', async () => {
    const result = await search('', {
      facets: true,
      priceBuckets: BUCKETS,
      filters: { brands: ['Northwind'], categoryIds: ['cat_apparel'] },
    })
    expect(sortedIds(result)).toEqual(['p_cap', 'p_rain', 'p_sweater', 'p_tee2'])
    expect(result.facets).toEqual({
      brand: [
        { value: 'Northwind', count: 4 },
        { value: 'Zephyr', count: 3 },
        { value: 'Acme & Sons', count: 1 },
      ],
      category: [
        { value: 'cat_apparel', count: 4 },
        { value: 'cat_home', count: 1 },
        { value: 'cat_jackets', count: 1 },
        { value: 'cat_tshirts', count: 1 },
      ],
      price: [
        { value: '0-2499', count: 1 },
        { value: '2500-4999', count: 1 },
        { value: '5000-9999', count: 1 },
        { value: '10000-', count: 1 },
      ],
      attributes: {
        colour: [
          { value: 'Black', count: 1 },
          { value: 'Navy', count: 1 },
        ],
        size: [
          { value: 'L', count: 1 },
          { value: 'M', count: 1 },
          { value: 'S', count: 1 },
        ],
      },
    })
  })

  it('counts an attribute without its own filter, the other attributes with it', async () => {
    const result = await search('', { facets: true, filters: { brands: ['Northwind'], attributes: { size: ['L'] } } })
    expect(idsOf(result)).toEqual(['p_tee2'])
    expect(result.facets!.attributes).toEqual({
      colour: [{ value: 'Black', count: 1 }],
      size: [
        { value: 'L', count: 1 },
        { value: 'M', count: 1 },
        { value: 'S', count: 1 },
      ],
    })
    expect(result.facets!.brand).toEqual([
      { value: 'Acme & Sons', count: 1 },
      { value: 'Northwind', count: 1 },
      { value: 'Zephyr', count: 1 },
    ])
  })

  it('counts the whole catalog, and gives the same counts however they are reached', async () => {
    const whole = await search('', { facets: true, priceBuckets: BUCKETS })
    expect(whole.facets).toEqual({
      brand: [
        { value: 'Northwind', count: 5 },
        { value: 'Zephyr', count: 5 },
        { value: 'Acme & Sons', count: 3 },
      ],
      category: [
        { value: 'cat_apparel', count: 8 },
        { value: 'cat_home', count: 6 },
        { value: 'cat_kitchen', count: 4 },
        { value: 'cat_jackets', count: 2 },
        { value: 'cat_tshirts', count: 2 },
      ],
      price: [
        { value: '0-2499', count: 4 },
        { value: '2500-4999', count: 4 },
        { value: '5000-9999', count: 3 },
        { value: '10000-', count: 3 },
      ],
      attributes: {
        colour: [
          { value: 'Black', count: 2 },
          { value: 'Navy', count: 2 },
          { value: 'White', count: 1 },
        ],
        material: [{ value: 'Steel', count: 1 }],
        size: [
          { value: 'L', count: 3 },
          { value: 'M', count: 3 },
          { value: 'S', count: 2 },
        ],
      },
    })
    // A price filter that keeps everything makes the other facets count documents one by one.
    expect((await search('', { facets: true, priceBuckets: BUCKETS, filters: { priceMin: 0 } })).facets).toEqual(whole.facets)
    const inStock = await search('', { facets: true, priceBuckets: BUCKETS, filters: { inStock: true } })
    expect(inStock.facets!.brand).toContainEqual({ value: 'Zephyr', count: 4 })
    expect((await search('', { facets: true, priceBuckets: BUCKETS, filters: { inStock: true, priceMin: 0 } })).facets).toEqual(
      inStock.facets,
    )
  })

  it('counts facets of a word search', async () => {
    const result = await search('jacket ', { facets: true })
    expect(result.facets!.brand).toEqual([
      { value: 'Northwind', count: 1 },
      { value: 'Zephyr', count: 1 },
    ])
    expect(result.facets!.category).toEqual([
      { value: 'cat_apparel', count: 2 },
      { value: 'cat_jackets', count: 2 },
    ])
    expect(result.facets!.price).toEqual([])
  })

  it('returns no facets unless asked', async () => {
    expect((await search('jacket')).facets).toBeNull()
  })
})

describe(`postgres search engine (${databaseKind}): sorts and pages`, () => {
  const order: Record<Exclude<SearchSort, 'relevance'>, string[]> = {
    price_asc: [
      'p_html',
      'p_mug',
      'p_boxes',
      'p_cap',
      'p_tee',
      'p_organiser',
      'p_tee2',
      'p_creme',
      'p_cape',
      'p_knives',
      'p_sweater',
      'p_shoes',
      'p_rain',
      'p_down',
    ],
    price_desc: [
      'p_down',
      'p_rain',
      'p_shoes',
      'p_sweater',
      'p_knives',
      'p_cape',
      'p_creme',
      'p_tee2',
      'p_organiser',
      'p_tee',
      'p_cap',
      'p_boxes',
      'p_mug',
      'p_html',
    ],
    newest: [
      'p_mug',
      'p_down',
      'p_shoes',
      'p_html',
      'p_tee2',
      'p_knives',
      'p_rain',
      'p_sweater',
      'p_tee',
      'p_creme',
      'p_boxes',
      'p_organiser',
      'p_cape',
      'p_cap',
    ],
    bestselling: [
      'p_tee',
      'p_tee2',
      'p_mug',
      'p_shoes',
      'p_sweater',
      'p_rain',
      'p_knives',
      'p_down',
      'p_creme',
      'p_html',
      'p_boxes',
      'p_organiser',
      'p_cape',
      'p_cap',
    ],
  }

  it.each(Object.entries(order))('sorts by %s', async (sort, ids) => {
    expect(idsOf(await search('', { sort: sort as SearchSort }))).toEqual(ids)
  })

  it('sorts a price browse the same whether few or many products match', async () => {
    const narrow = await search('', { sort: 'price_asc', limit: 2, filters: { categoryIds: ['cat_kitchen'] } })
    expect(idsOf(narrow)).toEqual(['p_html', 'p_mug'])
    expect(narrow.total).toBe(4)
  })

  it('orders an empty query by newest under relevance', async () => {
    expect(idsOf(await search(''))).toEqual(order.newest)
  })

  it('pages with offset and limit, with the total of every page', async () => {
    const page = await search('', { sort: 'newest', offset: 2, limit: 3 })
    expect(idsOf(page)).toEqual(['p_shoes', 'p_html', 'p_tee2'])
    expect(page.total).toBe(14)
    const past = await search('', { sort: 'newest', offset: 20, limit: 3 })
    expect(past.hits).toEqual([])
    expect(past.total).toBe(14)
    const none = await search('jacket', { limit: 0 })
    expect(none.hits).toEqual([])
    expect(none.total).toBe(2)
  })

  it('reports stock and a score on every hit', async () => {
    const [down, rain] = (await search('jacket ')).hits
    expect(down).toMatchObject({ id: 'p_down', inStock: false })
    expect(rain).toMatchObject({ id: 'p_rain', inStock: true })
    expect(rain!.score).toBeGreaterThan(0)
  })

  it('takes odd paging and filter values without failing', async () => {
    const result = await search('', {
      offset: Number.NaN,
      limit: 1e12,
      sort: 'sideways' as SearchSort,
      filters: { priceMin: Number.POSITIVE_INFINITY, brands: [42 as unknown as string], attributes: { size: 'M' as unknown as string[] } },
      facets: true,
      priceBuckets: [5000, Number.NaN, 0, 5000],
    })
    expect(result.total).toBe(CATALOG.length)
  })
})
