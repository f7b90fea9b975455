import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchEngine } from '../port.js'
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

describe(`postgres search engine (${databaseKind}): words`, () => {
  it('finds products by a title word, title matches first, ties newest first', async () => {
    const result = await search('jacket ')
    expect(idsOf(result)).toEqual(['p_down', 'p_rain'])
    expect(result.total).toBe(2)
    expect(result.interpretedAs).toBe('jacket')
  })

  it('needs every word, in any field', async () => {
    expect(idsOf(await search('northwind jacket '))).toEqual(['p_rain'])
    expect(idsOf(await search('apparel cotton '))).toEqual(['p_tee'])
  })

  it('folds plurals both ways, irregular ones included', async () => {
    expect(sortedIds(await search('jackets '))).toEqual(['p_down', 'p_rain'])
    expect(idsOf(await search('box '))).toEqual(['p_boxes'])
    expect(idsOf(await search('knife '))).toEqual(['p_knives'])
    expect(idsOf(await search('geese '))).toEqual(['p_down'])
  })

  it('takes a plural no document spells out as a known word, not a typo', async () => {
    const result = await search('sweaters ')
    expect(idsOf(result)).toEqual(['p_sweater'])
    expect(result.interpretedAs).toBe('sweaters')
  })

  it('folds accents both ways', async () => {
    expect(idsOf(await search('creme brulee'))).toEqual(['p_creme'])
    expect(idsOf(await search('PÂTISSIER'))).toEqual(['p_creme'])
    expect(idsOf(await search('crème'))).toEqual(['p_creme'])
  })
})

describe(`postgres search engine (${databaseKind}): typos`, () => {
  it('corrects no typo in words under 4 letters', async () => {
    const result = await search('cpa ')
    expect(result.total).toBe(0)
    expect(result.interpretedAs).toBe('cpa')
  })

  it('corrects one typo from 4 letters, including a swap of two letters', async () => {
    expect(idsOf(await search('wol '))).toEqual([])
    expect(idsOf(await search('wool cpa '))).toEqual(['p_cap'])
    const swapped = await search('jakcet ')
    expect(sortedIds(swapped)).toEqual(['p_down', 'p_rain'])
    expect(swapped.interpretedAs).toBe('jacket')
    expect(idsOf(await search('sweter '))).toEqual(['p_sweater'])
  })

  it('corrects no second typo below 8 letters', async () => {
    expect((await search('swter ')).total).toBe(0)
    expect((await search('jckt ')).total).toBe(0)
  })

  it('corrects two typos from 8 letters', async () => {
    const result = await search('haevyweihgt ')
    expect(idsOf(result)).toEqual(['p_tee2'])
    expect(result.interpretedAs).toBe('heavyweight')
    expect(idsOf(await search('acesories '))).toEqual(['p_organiser'])
  })

  it('leaves a known word alone even when another word is one typo away', async () => {
    // "cap" and "cape" are both in the vocabulary: neither is a typo of the other.
    expect(idsOf(await search('cape '))).toEqual(['p_cape'])
  })
})

describe(`postgres search engine (${databaseKind}): the last word`, () => {
  it('matches the last word as the beginning of a word', async () => {
    expect(sortedIds(await search('jack'))).toEqual(['p_down', 'p_rain'])
    expect(idsOf(await search('trail runn'))).toEqual(['p_shoes'])
    expect(sortedIds(await search('cap'))).toEqual(['p_cap', 'p_cape'])
  })

  it('ranks a title with the word as typed above one that only begins with it', async () => {
    // Hooded Cape is newer, which would put it first on an equal score.
    expect(idsOf(await search('cap'))).toEqual(['p_cap', 'p_cape'])
  })

  it('treats a last word followed by a space as finished', async () => {
    expect(idsOf(await search('cap '))).toEqual(['p_cap'])
  })

  it('completes a beginning that runs into a folded plural ending', async () => {
    // "boxe" begins "boxes", indexed as "box": the completion is searched as a whole word.
    expect(idsOf(await search('storage boxe'))).toEqual(['p_boxes'])
  })

  it('matches a one-letter last word whole', async () => {
    // "t" of "T-Shirt" (title, category name), not every word beginning with t.
    expect(sortedIds(await search('t'))).toEqual(['p_tee', 'p_tee2'])
  })

  it('corrects a typo in the beginning of the last word when its first letters are right', async () => {
    const result = await search('jakc')
    expect(sortedIds(result)).toEqual(['p_down', 'p_rain'])
    expect(result.interpretedAs).toBe('jacket')
  })
})

describe(`postgres search engine (${databaseKind}): dictionary`, () => {
  it('matches every word of a synonym group, phrases included', async () => {
    expect(sortedIds(await search('tee '))).toEqual(['p_tee', 'p_tee2'])
    expect(sortedIds(await search('t-shirt '))).toEqual(['p_tee', 'p_tee2'])
    expect(sortedIds(await search('tshirt '))).toEqual(['p_tee', 'p_tee2'])
    const jumper = await search('jumpers ')
    expect(idsOf(jumper)).toEqual(['p_sweater'])
    expect(jumper.interpretedAs).toBe('jumpers')
  })

  it('gives a corrected word its synonyms', async () => {
    const result = await search('teee ')
    expect(result.interpretedAs).toBe('tee')
    expect(sortedIds(result)).toEqual(['p_tee', 'p_tee2'])
  })

  it('corrects towards the words of the catalog, not of the dictionary', async () => {
    expect((await search('pulover ')).total).toBe(0)
  })

  it('drops stop words unless the query is nothing else', async () => {
    const result = await search('the rain jacket ')
    expect(idsOf(result)).toEqual(['p_rain'])
    expect(result.interpretedAs).toBe('rain jacket')
    const only = await search('the ')
    expect(idsOf(only)).toEqual(['p_down'])
    expect(only.interpretedAs).toBe('the')
  })
})

describe(`postgres search engine (${databaseKind}): partial matches`, () => {
  it('falls back to the documents matching the most words when none matches all', async () => {
    expect(idsOf(await search('rain xyzzyq '))).toEqual(['p_rain'])
    expect(idsOf(await search('waterproof jacket xyzzyq '))).toEqual(['p_rain'])
  })

  it('finds nothing when no word matches', async () => {
    const result = await search('xyzzyq qwrtp ')
    expect(result.total).toBe(0)
    expect(result.hits).toEqual([])
  })
})

describe(`postgres search engine (${databaseKind}): highlighting`, () => {
  it('marks the matched words of the title', async () => {
    const [hit] = (await search('creme brulee')).hits
    expect(hit!.highlightedTitle).toBe('<mark>Crème</mark> <mark>Brûlée</mark> Torch')
    const [rain] = (await search('rain jack')).hits
    expect(rain!.highlightedTitle).toBe('Waterproof <mark>Rain</mark> <mark>Jacket</mark>')
  })

  it('escapes the title before marking it', async () => {
    const [hit] = (await search('jerry mug ')).hits
    expect(hit!.id).toBe('p_html')
    expect(hit!.highlightedTitle).toBe('Tom &amp; <mark>Jerry</mark>&#39;s &lt;Best&gt; &quot;<mark>Mug</mark>&quot;')
  })

  it('marks words found through a synonym or a typo', async () => {
    const tee = (await search('t-shirt ')).hits.find((hit) => hit.id === 'p_tee2')
    expect(tee!.highlightedTitle).toBe('Heavyweight Pocket <mark>Tee</mark>')
    const [typo] = (await search('sweter ')).hits
    expect(typo!.highlightedTitle).toBe('Merino <mark>Sweater</mark>')
  })

  it('escapes titles when nothing is searched', async () => {
    const hit = (await search('')).hits.find((h) => h.id === 'p_html')
    expect(hit!.highlightedTitle).toBe('Tom &amp; Jerry&#39;s &lt;Best&gt; &quot;Mug&quot;')
  })
})

describe(`postgres search engine (${databaseKind}): any text`, () => {
  const hostile = [
    "'; drop table search_document; --",
    "jacket' or '1'='1",
    '%_\\',
    '.*+?^${}()|[]\\/',
    '(a+)+$',
    '🧥🧥 jacket 🔥',
    'a'.repeat(1_000),
    'jacket '.repeat(150),
    'x\u0000y jacket',
    '\ud800 broken surrogate',
    "& | ! <-> :* ''",
    'ｊａｃｋｅｔ',
  ]

  it.each(hostile.map((text) => [text.slice(0, 40), text]))('returns a result for %j', async (_label, text) => {
    const started = Date.now()
    const result = await search(text, { facets: true, priceBuckets: [0, 5000] })
    expect(result.total).toBeGreaterThanOrEqual(0)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('reads SQL and operator syntax as plain words', async () => {
    const injected = await search("jacket' or '1'='1")
    expect(injected.interpretedAs).toBe('jacket or 1')
    expect(sortedIds(injected)).toEqual(['p_down', 'p_rain'])
    expect(sortedIds(await search('jacket & | !'))).toEqual(['p_down', 'p_rain'])
    expect(sortedIds(await search('ｊａｃｋｅｔ'))).toEqual(['p_down', 'p_rain'])
  })

  it('treats text without a word as no text', async () => {
    const result = await search('🧥 !!!')
    expect(result.total).toBe(CATALOG.length)
    expect(result.interpretedAs).toBe('')
  })

  it('searches at most 16 words of a long query', async () => {
    const result = await search(`${'jacket '.repeat(20)}${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')}`)
    expect(result.interpretedAs.split(' ')).toHaveLength(16)
  })
})
