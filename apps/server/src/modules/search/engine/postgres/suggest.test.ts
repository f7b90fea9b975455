import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchEngine } from '../port.js'
import { createPostgresSearchEngine } from './engine.js'
import { openTestDatabase, databaseKind } from './test-database.js'
import { batches, CATALOG, DICTIONARY, doc } from './test-documents.js'

let close: () => Promise<void>
let engine: SearchEngine

beforeAll(async () => {
  const db = await openTestDatabase()
  close = db.close
  engine = createPostgresSearchEngine(db.handle.db)
  await engine.setDictionary(DICTIONARY)
  const twin = doc('p_mug_twin', 'Enamel Camping Mug', { prices: { USD: { min: 1_300, max: 1_300 } }, sales: 1 })
  await engine.replaceAll(batches([...CATALOG, twin]))
})
afterAll(() => close())

const brief = (suggestions: Awaited<ReturnType<SearchEngine['suggest']>>) => suggestions.map((s) => `${s.kind}:${s.id}`)

describe(`postgres search engine (${databaseKind}): suggestions`, () => {
  it('suggests categories, brands, then products, best sellers first', async () => {
    const suggestions = await engine.suggest('jack', 'USD', 8)
    expect(brief(suggestions)).toEqual(['category:cat_jackets', 'product:p_rain', 'product:p_down'])
    expect(suggestions[0]).toEqual({ kind: 'category', id: 'cat_jackets', label: 'Jackets', highlightedLabel: '<mark>Jackets</mark>' })
    expect(suggestions[1]!.highlightedLabel).toBe('Waterproof Rain <mark>Jacket</mark>')
  })

  it('matches a brand name from its first letters, and a single letter', async () => {
    expect(await engine.suggest('north', 'USD', 8)).toEqual([
      { kind: 'brand', id: 'Northwind', label: 'Northwind', highlightedLabel: '<mark>Northwind</mark>' },
    ])
    expect(brief(await engine.suggest('a', 'USD', 8))).toEqual(['category:cat_apparel', 'brand:Acme & Sons', 'product:p_organiser'])
  })

  it('corrects typos as a search does', async () => {
    expect(brief(await engine.suggest('nortwind', 'USD', 8))).toEqual(['brand:Northwind'])
  })

  it('suggests a title once, and only products priced in the currency', async () => {
    expect(brief(await engine.suggest('mug', 'USD', 8))).toEqual(['product:p_mug', 'product:p_html'])
    expect(await engine.suggest('mug', 'EUR', 8)).toEqual([])
  })

  it('keeps to the limit', async () => {
    expect(await engine.suggest('a', 'USD', 1)).toHaveLength(1)
    expect(await engine.suggest('jack', 'USD', 0)).toEqual([])
    expect(await engine.suggest('jack', 'USD', Number.NaN)).toEqual([])
  })

  it('escapes labels', async () => {
    const [html] = await engine.suggest('jerry', 'USD', 5)
    expect(html!.highlightedLabel).toBe('Tom &amp; <mark>Jerry</mark>&#39;s &lt;Best&gt; &quot;Mug&quot;')
  })

  it('suggests nothing for text without words, and survives any text', async () => {
    expect(await engine.suggest('🙂 !!', 'USD', 5)).toEqual([])
    for (const text of ["'; drop table search_label; --", '\u0000', 'x'.repeat(1_000), '(((', ':*'])
      expect(Array.isArray(await engine.suggest(text, 'USD', 5))).toBe(true)
  })
})
