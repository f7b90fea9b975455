import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchDocument, SearchEngine } from '../port.js'
import { DOCUMENT_COLUMNS } from './document-sql.js'
import { createPostgresSearchEngine } from './engine.js'
import { openTestDatabase, databaseKind } from './test-database.js'
import { batches, CATALOG, DICTIONARY, doc, idsOf, searcher, sortedIds } from './test-documents.js'

let close: () => Promise<void>
let db: Db
let engine: SearchEngine
let search: ReturnType<typeof searcher>

beforeAll(async () => {
  const opened = await openTestDatabase()
  close = opened.close
  db = opened.handle.db
  engine = createPostgresSearchEngine(db)
  search = searcher(engine)
  await engine.setDictionary(DICTIONARY)
})
afterAll(() => close())
beforeEach(async () => {
  await engine.replaceAll(batches(CATALOG))
})

const lantern = doc('p_lantern', 'Solar Lantern', {
  brand: 'Lumen',
  categoryIds: ['cat_home', 'cat_lighting'],
  categoryNames: ['Home', 'Lighting'],
  attributes: { colour: ['Amber'] },
  prices: { USD: { min: 4_000, max: 4_000 } },
})

/** Whole-index facet counts must always equal counting document by document (a filter that keeps all forces that). */
async function expectCountsConsistent() {
  const whole = await search('', { facets: true, priceBuckets: [0, 5000] })
  const counted = await search('', { facets: true, priceBuckets: [0, 5000], filters: { priceMin: 0 } })
  expect(whole.facets).toEqual(counted.facets)
  expect(whole.total).toBe(counted.total)
}

describe(`postgres search engine (${databaseKind}): writes`, () => {
  it('builds the index from batches and reports its size', async () => {
    expect(await engine.size()).toBe(CATALOG.length)
    expect(await engine.replaceAll(batches(CATALOG.slice(0, 3), 2))).toEqual({ documents: 3 })
    expect(await engine.size()).toBe(3)
    expect((await search('sweater ')).total).toBe(0)
    await expectCountsConsistent()
  })

  it('keeps the last version of a product named twice in a rebuild', async () => {
    const renamed = { ...CATALOG[0]!, title: 'Storm Shell' }
    expect(await engine.replaceAll(batches([CATALOG[0]!, renamed], 1))).toEqual({ documents: 1 })
    expect(idsOf(await search('storm'))).toEqual(['p_rain'])
  })

  it('shows an upsert to the next search, its words included', async () => {
    await engine.upsert([lantern])
    expect(idsOf(await search('lantern '))).toEqual(['p_lantern'])
    expect(idsOf(await search('lantren '))).toEqual(['p_lantern'])
    expect(await engine.size()).toBe(CATALOG.length + 1)
    await expectCountsConsistent()
  })

  it('replaces a product on upsert: old words, prices and facets go', async () => {
    const rain = CATALOG.find((d) => d.id === 'p_rain')!
    await engine.upsert([
      { ...rain, title: 'Storm Shell', brand: 'Zephyr', attributes: {}, prices: { USD: { min: 100, max: 100 } }, description: '' },
    ])
    expect(idsOf(await search('waterproof '))).toEqual([])
    expect(idsOf(await search('storm '))).toEqual(['p_rain'])
    expect(idsOf(await search('', { filters: { priceMax: 100 } }))).toEqual(['p_rain'])
    expect((await search('', { currency: 'EUR' })).total).toBe(1)
    // "waterproof" was only in this product: it no longer corrects anything.
    expect((await search('waterprof ')).interpretedAs).toBe('waterprof')
    await expectCountsConsistent()
  })

  it('removes products at once, ignoring unknown ids', async () => {
    await engine.remove(['p_rain', 'p_nothing', 'p_rain'])
    expect(sortedIds(await search('jacket '))).toEqual(['p_down'])
    expect(await engine.size()).toBe(CATALOG.length - 1)
    await engine.remove([])
    await expectCountsConsistent()
  })

  it('keeps counts right through stock and price changes', async () => {
    const tee = CATALOG.find((d) => d.id === 'p_tee')!
    await engine.upsert([{ ...tee, inStock: false, prices: { USD: { min: 2_600, max: 2_600 } } }])
    await engine.upsert([{ ...tee, inStock: false, prices: { USD: { min: 2_600, max: 2_600 } } }])
    expect((await search('', { filters: { inStock: false } })).total).toBe(2)
    await expectCountsConsistent()
    const stock = await search('', { facets: true, filters: { inStock: true, priceMin: 0 } })
    expect((await search('', { facets: true, filters: { inStock: true } })).facets).toEqual(stock.facets)
  })

  it('upserts a large batch in chunks', async () => {
    const many: SearchDocument[] = Array.from({ length: 1_203 }, (_, i) =>
      doc(`p_gen_${i}`, `Generated Widget ${i}`, { prices: { USD: { min: i, max: i } } }),
    )
    await engine.upsert(many)
    expect((await search('widget ')).total).toBe(1_203)
    await engine.remove(many.map((d) => d.id))
    expect((await search('widget ')).total).toBe(0)
    await expectCountsConsistent()
  })

  it('clears a build left behind by a process that stopped', async () => {
    await sql`
      insert into search_document_build (build_id, ${DOCUMENT_COLUMNS}, terms, written_at)
      select 'abandoned', ${DOCUMENT_COLUMNS}, '{}', now() - interval '2 hours' from search_document limit 1`.execute(db)
    await engine.replaceAll(batches(CATALOG))
    const left = await sql<{ n: number }>`select count(*)::int as n from search_document_build`.execute(db)
    expect(left.rows[0]!.n).toBe(0)
  })

  it('leaves no build rows behind, also when the source fails', async () => {
    async function* failing(): AsyncGenerator<SearchDocument[]> {
      yield CATALOG.slice(0, 2)
      throw new Error('catalog went away')
    }
    await expect(engine.replaceAll(failing())).rejects.toThrow('catalog went away')
    expect(await engine.size()).toBe(CATALOG.length)
    const left = await sql<{ n: number }>`select count(*)::int as n from search_document_build`.execute(db)
    expect(left.rows[0]!.n).toBe(0)
  })
})

describe(`postgres search engine (${databaseKind}): dictionary`, () => {
  it('applies a dictionary given to another engine on the same database', async () => {
    const other = createPostgresSearchEngine(db)
    await other.setDictionary({ synonyms: [['parka', 'jacket']], stopWords: ['rain'] })
    try {
      expect(sortedIds(await search('parka '))).toEqual(['p_down', 'p_rain'])
      expect((await search('rain jacket ')).interpretedAs).toBe('jacket')
    } finally {
      await engine.setDictionary(DICTIONARY)
    }
    expect((await search('parka ')).total).toBe(0)
  })

  it('takes the same dictionary from several processes at once', async () => {
    const others = [createPostgresSearchEngine(db), createPostgresSearchEngine(db), createPostgresSearchEngine(db)]
    await Promise.all(others.map((other) => other.setDictionary(DICTIONARY)))
    expect(sortedIds(await search('tee '))).toEqual(['p_tee', 'p_tee2'])
  })

  it('ignores empty and one-word synonym groups', async () => {
    await engine.setDictionary({ synonyms: [[], ['solo'], ['🙂', '!!']], stopWords: ['', '  '] })
    try {
      expect((await search('jacket ')).total).toBe(2)
    } finally {
      await engine.setDictionary(DICTIONARY)
    }
  })
})
