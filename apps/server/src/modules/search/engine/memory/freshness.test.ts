import { describe, expect, it } from 'vitest'
import type { SearchDocument } from '../port.js'
import { createMemorySearchEngine } from './engine.js'
import { CATALOG, engineWith, ids, product, query } from './fixtures/catalog.js'

const replaced = (id: string, fields: Partial<SearchDocument>) => ({ ...CATALOG.find((doc) => doc.id === id)!, ...fields })

describe('memory search freshness', () => {
  it('finds an upserted product at once', async () => {
    const engine = await engineWith()
    await engine.upsert([product('p9', 'Wool Beanie', { brand: 'Nordvik' })])
    expect(ids(await engine.search(query('beanie')))).toEqual(['p9'])
    expect(await engine.size()).toBe(9)
    const facets = (await engine.search(query('', { facets: true }))).facets!
    expect(facets.brand.find((value) => value.value === 'Nordvik')).toEqual({ value: 'Nordvik', count: 3 })
  })

  it('forgets the old words and facet values of an updated product', async () => {
    const engine = await engineWith()
    await engine.upsert([replaced('p1', { title: 'Hemp Trousers', brand: 'Stridewell' })])
    expect(ids(await engine.search(query('linen')))).toEqual([])
    expect(ids(await engine.search(query('trousers')))).toEqual(['p1'])
    expect(await engine.size()).toBe(8)
    const facets = (await engine.search(query('', { facets: true }))).facets!
    expect(facets.brand.find((value) => value.value === 'Nordvik')).toEqual({ value: 'Nordvik', count: 1 })
    expect(facets.brand.find((value) => value.value === 'Stridewell')).toEqual({ value: 'Stridewell', count: 3 })
  })

  it('stops finding a removed product, and ignores unknown ids', async () => {
    const engine = await engineWith()
    await engine.remove(['p3', 'nope'])
    expect(ids(await engine.search(query('boots')))).toEqual(['p4'])
    expect(await engine.size()).toBe(7)
    expect((await engine.search(query('', { facets: true }))).facets!.brand.find((value) => value.value === 'Stridewell')).toEqual({
      value: 'Stridewell',
      count: 1,
    })
  })

  it('finds new words typed with typos and as prefixes after an upsert', async () => {
    const engine = await engineWith()
    await engine.upsert([product('p9', 'Alpaca Poncho')])
    expect(ids(await engine.search(query('alpacca')))).toEqual(['p9'])
    expect(ids(await engine.search(query('ponc')))).toEqual(['p9'])
  })

  it('answers the same after compactions as a fresh index of the same products', async () => {
    const engine = await engineWith(CATALOG, { compaction: { minRetired: 1, retiredRatio: 0, minDelta: 1, deltaRatio: 0 } })
    const final = CATALOG.filter((doc) => doc.id !== 'p5').map((doc) => (doc.id === 'p2' ? { ...doc, title: 'Merino Polo Shirt' } : doc))
    await engine.upsert([replaced('p2', { title: 'Merino Polo Shirt' })])
    await engine.upsert([product('p10', 'Temporary Boots')])
    await engine.remove(['p5', 'p10'])
    expect(engine.stats().retired).toBe(0)
    expect(engine.stats().compactions).toBeGreaterThan(0)
    const fresh = await engineWith(final)
    for (const text of ['', 'boots', 'shirt', 'polo', 'merino t', 'cashmere', 'lether']) {
      const q = query(text, { facets: true, priceBuckets: [0, 5000] })
      expect(await engine.search(q)).toEqual(await fresh.search(q))
    }
  })

  it('keeps upserts that arrive while replaceAll is reading its source', async () => {
    const engine = await engineWith()
    let release!: () => void
    const paused = new Promise<void>((resolve) => (release = resolve))
    const rebuilding = engine.replaceAll(
      (async function* () {
        yield CATALOG.slice(0, 4)
        await paused
        yield CATALOG.slice(4)
      })(),
    )
    await engine.upsert([product('p9', 'Wool Beanie')])
    await engine.remove(['p1'])
    release()
    expect(await rebuilding).toEqual({ documents: 8 })
    expect(ids(await engine.search(query('beanie')))).toEqual(['p9'])
    expect(ids(await engine.search(query('linen')))).toEqual([])
  })

  it('replaces everything on replaceAll, and keeps the old index when the source fails', async () => {
    const engine = await engineWith()
    await engine.replaceAll(
      (async function* () {
        yield [product('q1', 'Garden Hose')]
      })(),
    )
    expect(await engine.size()).toBe(1)
    expect((await engine.search(query('boots'))).total).toBe(0)
    await expect(
      engine.replaceAll(
        (async function* () {
          yield [product('q2', 'Rake')]
          throw new Error('catalog unavailable')
        })(),
      ),
    ).rejects.toThrow('catalog unavailable')
    expect(ids(await engine.search(query('hose')))).toEqual(['q1'])
  })

  it('counts a product listed twice in a rebuild once', async () => {
    const engine = createMemorySearchEngine()
    await engine.replaceAll(
      (async function* () {
        yield [product('a', 'Old Title'), product('a', 'New Title')]
      })(),
    )
    expect(await engine.size()).toBe(1)
    expect((await engine.search(query('old'))).total).toBe(0)
    expect(ids(await engine.search(query('new')))).toEqual(['a'])
  })
})
