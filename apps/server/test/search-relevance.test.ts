import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { seedDemoShop } from '../src/seed.js'

interface Item {
  id: string
  title: string
  brand: string | null
  highlightedTitle: string
  inStock: boolean
  price: { currency: string; min: number; max: number } | null
  createdAt: string
}
interface Response {
  total: number
  items: Item[]
  interpretedAs: string | null
  facets: {
    brand: { value: string; count: number; selected: boolean }[]
    category: { handle: string; count: number; selected: boolean }[]
    price: { min: number; max: number | null; count: number }[]
    attributes: { name: string; values: { value: string; count: number; selected: boolean }[] }[]
  } | null
}

/** What the top results of a query must be, written out: a title or brand every one of them has, or exact titles. */
type Expectation =
  { top: number; titlesContain: string[] } | { top: number; brand: string; titlesContain?: string[] } | { first: string[] } | { none: true }

interface Case {
  q: string
  params?: Record<string, string | string[]>
  expect: Expectation
}

/**
 * The relevance suite over the demo catalog (500 active products). The same cases run on both
 * engines: typos, plurals, accents, brand + type, partial words, possessives and hyphens, filters.
 */
const CASES: Case[] = [
  // Plain words, brand + type
  { q: 'running shoes', expect: { top: 10, titlesContain: ['Running Shoes'] } },
  { q: 'stridewell running shoes', expect: { top: 5, brand: 'Stridewell', titlesContain: ['Running Shoes'] } },
  { q: 'sonavo headphones', expect: { top: 5, brand: 'Sonavo', titlesContain: ['Headphones'] } },
  { q: 'maison ardelle dress', expect: { top: 5, brand: 'Maison Ardelle', titlesContain: ['Dress'] } },
  { q: 'nordvik', expect: { top: 10, brand: 'Nordvik' } },
  { q: 'harbour thread', expect: { top: 10, brand: 'Harbour & Thread' } },
  { q: 'harbour & thread shirt', expect: { top: 5, brand: 'Harbour & Thread', titlesContain: ['Shirt'] } },
  { q: 'merino', expect: { top: 10, titlesContain: ['Merino'] } },
  { q: 'merino sweater', expect: { top: 3, titlesContain: ['Merino', 'Sweater'] } },
  { q: 'slip dress', expect: { top: 3, titlesContain: ['Slip Dress'] } },
  { q: 'power bank', expect: { top: 5, titlesContain: ['Power Bank'] } },
  { q: 'water bottle', expect: { top: 5, titlesContain: ['Water Bottle'] } },
  { q: 'hiking boots', expect: { top: 10, titlesContain: ['Hiking Boots'] } },
  { q: 'waterproof hiking boots', expect: { top: 2, titlesContain: ['Waterproof', 'Hiking Boots'] } },
  { q: 'linen shirt', expect: { top: 3, titlesContain: ['Linen', 'Shirt'] } },
  { q: 'cast iron', expect: { top: 5, titlesContain: ['Cast Iron'] } },
  { q: 'damascus', expect: { top: 5, titlesContain: ['Damascus'] } },
  { q: 'cirrus tent', expect: { top: 3, titlesContain: ['Cirrus', 'Tent'] } },
  // Typos: one from 4 letters, two from 8
  { q: 'runing shoes', expect: { top: 5, titlesContain: ['Running Shoes'] } },
  { q: 'headphnes', expect: { top: 5, titlesContain: ['Headphones'] } },
  { q: 'hedphnoes', expect: { top: 5, titlesContain: ['Headphones'] } },
  { q: 'marino', expect: { top: 5, titlesContain: ['Merino'] } },
  { q: 'nordvick', expect: { top: 5, brand: 'Nordvik' } },
  { q: 'kettlecrest cirus', expect: { first: ['Kettlecrest Cirrus Tent'] } },
  { q: 'kettlecrest cirus dome', expect: { first: ['Kettlecrest Cirrus Dome Tent'] } },
  { q: 'sneekers', expect: { top: 5, titlesContain: ['Sneakers'] } },
  { q: 'stridwell', expect: { top: 5, brand: 'Stridewell' } },
  { q: 'damasucs', expect: { top: 3, titlesContain: ['Damascus'] } },
  // Plurals and singulars
  { q: 'sweaters', expect: { top: 5, titlesContain: ['Sweater'] } },
  { q: 'tents', expect: { top: 5, titlesContain: ['Tent'] } },
  { q: 'sneaker', expect: { top: 5, titlesContain: ['Sneakers'] } },
  { q: 'cushions', expect: { top: 5, titlesContain: ['Cushion'] } },
  // Accents, possessives, hyphens
  { q: 'boucle cushion', expect: { top: 3, titlesContain: ['Bouclé', 'Cushion'] } },
  { q: 'bouclé', expect: { top: 3, titlesContain: ['Bouclé'] } },
  { q: "chef's knife", expect: { top: 5, titlesContain: ["Chef's Knife"] } },
  { q: 'chef knife', expect: { top: 5, titlesContain: ["Chef's Knife"] } },
  { q: 'japanese knife', expect: { top: 3, titlesContain: ['Japanese', 'Knife'] } },
  { q: 't-shirt', expect: { top: 10, titlesContain: ['T-Shirt'] } },
  // Partial last word, as typed
  { q: 'headph', expect: { top: 5, titlesContain: ['Headphones'] } },
  { q: 'nordvik meri', expect: { top: 3, brand: 'Nordvik', titlesContain: ['Merino'] } },
  { q: 'water bott', expect: { top: 3, titlesContain: ['Water Bottle'] } },
  // Category words find products in that category
  { q: 'knitwear', expect: { top: 5, titlesContain: [] } },
  // Drafts are never found; nonsense finds nothing
  { q: 'cirrus ultralight', expect: { first: [] } },
  { q: 'xyzzyqwv', expect: { none: true } },
  // Filters with text
  { q: 't-shirt', params: { brand: ['Fernhollow'] }, expect: { top: 10, brand: 'Fernhollow', titlesContain: ['T-Shirt'] } },
  { q: 'sneekers', params: { category: ['footwear'] }, expect: { top: 5, titlesContain: ['Sneakers'] } },
]

function check(c: Case, res: Response) {
  const titles = res.items.map((i) => i.title)
  const e = c.expect
  if ('none' in e) {
    expect(res.total, `${c.q}: ${titles.join(' / ')}`).toBe(0)
    return
  }
  if ('first' in e) {
    expect(titles.slice(0, e.first.length), c.q).toEqual(e.first)
    if (e.first.length === 0) expect(titles, c.q).not.toContain('Kettlecrest Cirrus Ultralight Tent')
    return
  }
  const top = res.items.slice(0, e.top)
  expect(top.length, `${c.q}: too few results`).toBeGreaterThanOrEqual(Math.min(e.top, 1))
  for (const item of top) {
    if ('brand' in e) expect(item.brand, `${c.q}: ${item.title}`).toBe(e.brand)
    for (const word of e.titlesContain ?? []) expect(item.title, `${c.q}: ${titles.join(' / ')}`).toContain(word)
  }
}

for (const engine of ['memory', 'postgres'] as const) {
  describe(`${onBackends}: search relevance on the demo catalog (${engine} engine)`, () => {
    let t: TestApp
    const search = async (q: string, params: Record<string, string | string[]> = {}) => {
      const query = new URLSearchParams({ q, limit: '20' })
      for (const [key, value] of Object.entries(params)) {
        query.delete(key)
        for (const v of [value].flat()) query.append(key, v)
      }
      const res = await t.app.inject(`/store/search?${query.toString()}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Response>()
    }

    beforeAll(async () => {
      t = await createTestApp({ SEARCH_ENGINE: engine })
      await seedDemoShop(t.services, { withStaff: false })
      await t.services.search.start({ follow: false })
    }, 120_000)
    afterAll(() => t?.close())

    it.each(CASES.map((c) => [c.q + (c.params ? ` ${JSON.stringify(c.params)}` : ''), c] as const))('%s', async (_name, c) => {
      check(c, await search(c.q, c.params))
    })

    it('counts facets disjunctively: picking one brand still shows the others with their counts', async () => {
      const all = await search('t-shirt')
      const picked = await search('t-shirt', { brand: ['Nordvik', 'Fernhollow'] })
      expect(picked.items.every((i) => ['Nordvik', 'Fernhollow'].includes(i.brand!))).toBe(true)
      const brandsAll = Object.fromEntries(all.facets!.brand.map((f) => [f.value, f.count]))
      const brandsPicked = Object.fromEntries(picked.facets!.brand.map((f) => [f.value, f.count]))
      expect(brandsPicked).toEqual(brandsAll)
      expect(
        picked
          .facets!.brand.filter((f) => f.selected)
          .map((f) => f.value)
          .sort(),
      ).toEqual(['Fernhollow', 'Nordvik'])
      expect(picked.total).toBe((brandsAll.Nordvik ?? 0) + (brandsAll.Fernhollow ?? 0))
    })

    it('filters by a category and its descendants, price range, stock and attributes, in the requested currency', async () => {
      const footwear = await search('', { category: ['footwear'], limit: '100' })
      expect(footwear.total).toBe(72)
      const ranged = await search('headphones', { minPrice: '10000', maxPrice: '20000' })
      expect(ranged.items.length).toBeGreaterThan(0)
      for (const item of ranged.items) expect(item.price!.min).toBeGreaterThanOrEqual(10000)
      for (const item of ranged.items) expect(item.price!.min).toBeLessThanOrEqual(20000)
      const inStock = await search('', { inStock: 'true' })
      expect(inStock.items.every((i) => i.inStock)).toBe(true)
      const xl = await search('t-shirt', { filter: ['size:XL'] })
      expect(xl.total).toBeGreaterThan(0)
      const size = xl.facets!.attributes.find((a) => a.name === 'size')!
      expect(size.values.find((v) => v.value === 'XL')).toMatchObject({ selected: true })
      const euros = await search('headphones', { currency: 'EUR' })
      expect(euros.items.every((i) => i.price?.currency === 'EUR')).toBe(true)
    })

    it('sorts by price and by newest', async () => {
      const cheap = await search('tent', { sort: 'price_asc' })
      const prices = cheap.items.map((i) => i.price!.min)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      const newest = await search('', { sort: 'newest' })
      const times = newest.items.map((i) => Date.parse(i.createdAt))
      expect(times).toEqual([...times].sort((a, b) => b - a))
    })

    it('highlights what matched, typos included, and escapes the title', async () => {
      expect((await search('merino')).items[0]!.highlightedTitle).toContain('<mark>Merino</mark>')
      expect((await search('marino')).items[0]!.highlightedTitle).toContain('<mark>Merino</mark>')
      const knife = (await search('chef knife')).items[0]!.highlightedTitle
      expect(knife).not.toContain("'s Knife</mark>'")
      expect(knife).toMatch(/<mark>Knife<\/mark>/)
    })

    it('suggests products, categories and brands as the shopper types', async () => {
      const res = await t.app.inject('/store/search/suggest?q=nord')
      expect(res.statusCode).toBe(200)
      expect(res.json<{ brands: { label: string }[] }>().brands.map((b) => b.label)).toContain('Nordvik')
      const head = (await t.app.inject('/store/search/suggest?q=headph')).json<{
        categories: { handle: string }[]
        products: { label: string }[]
      }>()
      expect(head.categories.map((c) => c.handle)).toContain('headphones')
      expect(head.products.length).toBeGreaterThan(0)
      expect(head.products.every((p) => p.label.includes('Headphones'))).toBe(true)
    })

    it('never fails on odd input: empty, long, Unicode, emoji, SQL- and regex-looking text', async () => {
      for (const q of ['', ' ', 'ß日本語', '👟👟', "'; drop table product; --", '.*[(', '\\', '%_%', 'a'.repeat(1000), 'the and of']) {
        const res = await t.app.inject(`/store/search?q=${encodeURIComponent(q)}`)
        expect(res.statusCode, q).toBe(200)
      }
      expect((await t.app.inject(`/store/search?q=${'a'.repeat(1001)}`)).statusCode).toBe(422)
      expect((await t.app.inject('/store/search?q=tent&minPrice=500&maxPrice=100')).statusCode).toBe(422)
      expect((await t.app.inject('/store/search?q=tent&page=0')).statusCode).toBe(422)
    })
  })
}
