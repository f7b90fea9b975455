import { describe, expect, it } from 'vitest'
import { CATALOG, engineWith, ids, product, query } from './fixtures/catalog.js'

describe('memory search engine: matching', () => {
  it('finds products by a title word, ranking equal matches newest first', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('boots'))
    expect(result.total).toBe(2)
    expect(ids(result)).toEqual(['p4', 'p3'])
    expect(result.interpretedAs).toBe('boots')
  })

  it('folds plurals and singulars both ways', async () => {
    const engine = await engineWith()
    expect(ids(await engine.search(query('boot')))).toEqual(['p4', 'p3'])
    expect(ids(await engine.search(query('dress')))).toEqual(['p6'])
    expect(ids(await engine.search(query('battery')))).toEqual(['p8'])
    expect(ids(await engine.search(query('box')))).toEqual(['p8'])
  })

  it('ignores accents and case', async () => {
    const engine = await engineWith()
    expect(ids(await engine.search(query('creme brulee')))).toEqual(['p7'])
    expect(ids(await engine.search(query('CRÈME')))).toEqual(['p7'])
  })

  it('requires every word to match', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('linen shirt'))
    expect(ids(result)).toEqual(['p1'])
    expect(result.total).toBe(1)
  })

  it('falls back to the products matching the most words when none matches them all', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('linen boots unobtainium'))
    expect(result.total).toBe(3)
    expect(ids(result).sort()).toEqual(['p1', 'p3', 'p4'])
  })

  it('corrects typos within the allowance and says what it searched for', async () => {
    const engine = await engineWith()
    const one = await engine.search(query('lether'))
    expect(ids(one)).toEqual(['p3'])
    expect(one.interpretedAs).toBe('leather')
    expect(one.hits[0]!.highlightedTitle).toBe('<mark>Leather</mark> Chelsea Boots')
    const two = await engine.search(query('cashmire swaeter'))
    expect(ids(two)).toEqual(['p5'])
    expect(two.interpretedAs).toBe('cashmere sweater')
  })

  it('does not correct words shorter than four letters', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('mig'))
    expect(result.total).toBe(0)
    expect(result.interpretedAs).toBe('mig')
  })

  it('matches the last word as the beginning of a word, unless a space follows it', async () => {
    const engine = await engineWith()
    expect(ids(await engine.search(query('leat')))).toEqual(['p3'])
    const typing = await engine.search(query('cashmere sw'))
    expect(ids(typing)).toEqual(['p5'])
    expect(typing.hits[0]!.highlightedTitle).toBe('<mark>Cashmere</mark> <mark>Sweater</mark>')
    expect((await engine.search(query('leat '))).total).toBe(0)
  })

  it('expands a word to its synonym group', async () => {
    const engine = await engineWith()
    await engine.setDictionary({
      synonyms: [
        ['jumper', 'sweater', 'pullover'],
        ['tee', 'T-Shirt'],
      ],
      stopWords: [],
    })
    expect(ids(await engine.search(query('jumper')))).toEqual(['p5'])
    const tee = await engine.search(query('merino tee'))
    expect(ids(tee)).toEqual(['p2'])
    expect(tee.hits[0]!.highlightedTitle).toBe('<mark>Merino</mark> <mark>T-Shirt</mark>')
  })

  it('matches a synonym of several words as all of those words', async () => {
    const engine = await engineWith([
      product('a', 'Trail Running Shoes', { createdAt: 4 }),
      product('b', 'Classic Trainers', { createdAt: 3 }),
      product('c', 'Running Shorts', { createdAt: 2 }),
      product('d', 'Leather Shoes', { createdAt: 1 }),
    ])
    await engine.setDictionary({ synonyms: [['trainers', 'running shoes']], stopWords: [] })
    const trainers = await engine.search(query('trainers '))
    expect(ids(trainers).sort()).toEqual(['a', 'b'])
    const phrase = await engine.search(query('running shoes'))
    expect(ids(phrase).sort()).toEqual(['a', 'b'])
    expect(phrase.interpretedAs).toBe('running shoes')
    expect(phrase.hits.map((hit) => hit.highlightedTitle).sort()).toEqual([
      'Classic <mark>Trainers</mark>',
      'Trail <mark>Running</mark> <mark>Shoes</mark>',
    ])
  })

  it('ignores stop words unless the query has nothing else', async () => {
    const engine = await engineWith()
    await engine.setDictionary({ synonyms: [], stopWords: ['the', 'for'] })
    const boots = await engine.search(query('the boots for '))
    expect(ids(boots)).toEqual(['p4', 'p3'])
    expect(boots.interpretedAs).toBe('boots')
    const onlyStop = await engine.search(query('for '))
    expect(ids(onlyStop)).toEqual(['p8'])
    expect(onlyStop.interpretedAs).toBe('for')
  })

  it('ranks a title match above a description match', async () => {
    const engine = await engineWith([
      product('a', 'Summer Tote', { description: 'Carries a cotton dress.', createdAt: 2 }),
      product('b', 'Cotton Dress', { createdAt: 1 }),
    ])
    expect(ids(await engine.search(query('dress')))).toEqual(['b', 'a'])
  })

  it('ranks the words as a phrase at the start of the title first', async () => {
    const engine = await engineWith([
      product('a', 'Shirt Linen Blend', { createdAt: 3 }),
      product('b', 'Soft Linen Shirt', { createdAt: 2 }),
      product('c', 'Linen Shirt', { createdAt: 1 }),
    ])
    expect(ids(await engine.search(query('linen shirt')))).toEqual(['c', 'b', 'a'])
  })
})

describe('memory search engine: filters, sorts and pages', () => {
  const byPrice = ['p7', 'p8', 'p2', 'p1', 'p6', 'p3', 'p4', 'p5']

  it('lists everything in the currency for empty text, in each sort order', async () => {
    const engine = await engineWith()
    const sorted = async (sort: 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'bestselling') =>
      ids(await engine.search(query('', { sort })))
    expect(await sorted('price_asc')).toEqual(byPrice)
    expect(await sorted('price_desc')).toEqual([...byPrice].reverse())
    expect(await sorted('newest')).toEqual(['p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1'])
    expect(await sorted('relevance')).toEqual(['p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1'])
    expect(await sorted('bestselling')).toEqual(['p7', 'p4', 'p2', 'p8', 'p1', 'p6', 'p3', 'p5'])
  })

  it('pages with offset and limit, total counting every match', async () => {
    const engine = await engineWith()
    const page = await engine.search(query('', { sort: 'price_asc', offset: 2, limit: 3 }))
    expect(ids(page)).toEqual(['p2', 'p1', 'p6'])
    expect(page.total).toBe(8)
    expect((await engine.search(query('', { offset: 50 }))).hits).toEqual([])
  })

  it('leaves out products without a price in the currency', async () => {
    const engine = await engineWith()
    expect((await engine.search(query('mug', { currency: 'EUR' }))).total).toBe(0)
    expect((await engine.search(query('', { currency: 'EUR' }))).total).toBe(7)
    expect((await engine.search(query('', { currency: 'JPY' }))).total).toBe(0)
  })

  it('filters by brand, category with descendants, collection, price, stock and attributes', async () => {
    const engine = await engineWith()
    const filtered = async (filters: object, text = '') => ids(await engine.search(query(text, { filters, sort: 'price_asc' })))
    expect(await filtered({ brands: ['Nordvik'] })).toEqual(['p2', 'p1'])
    expect(await filtered({ brands: ['Nordvik', 'Voltaris'] })).toEqual(['p8', 'p2', 'p1'])
    expect(await filtered({ categoryIds: ['cat_footwear'] })).toEqual(['p3', 'p4'])
    expect(await filtered({ collectionIds: ['col_gifts'] })).toEqual(['p5'])
    expect(await filtered({ priceMin: 3000, priceMax: 5000 })).toEqual(['p2', 'p1'])
    expect(await filtered({ inStock: true }, 'boots')).toEqual(['p3'])
    expect(await filtered({ attributes: { colour: ['Navy', 'White'] } })).toEqual(['p2', 'p1', 'p5'])
    expect(await filtered({ attributes: { colour: ['Navy'], size: ['S'] } })).toEqual(['p2'])
    expect(await filtered({ brands: ['Nobody'] })).toEqual([])
  })

  it('says whether each hit is in stock', async () => {
    const engine = await engineWith()
    const result = await engine.search(query('boots'))
    expect(result.hits.map((hit) => [hit.id, hit.inStock])).toEqual([
      ['p4', false],
      ['p3', true],
    ])
  })

  it('escapes HTML in titles', async () => {
    const engine = await engineWith([product('x', '<img src=x onerror=alert(1)> Mug & Co')])
    expect((await engine.search(query('mug'))).hits[0]!.highlightedTitle).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>Mug</mark> &amp; Co',
    )
  })
})

describe('memory search engine: bad input', () => {
  const nasty = [
    '',
    '   ',
    'x'.repeat(1000),
    'boots '.repeat(170),
    '🔥👟🔥',
    "'; DROP TABLE product; --",
    '.*(a|b)+[^]\\',
    '%_%',
    '\u0000\ud800\udfff',
    'ﷺ ǅ İstanbul',
    Array.from({ length: 200 }, (_, i) => `w${i}`).join(' '),
  ]

  it.each(nasty.map((text) => [text.slice(0, 30), text]))('answers %j quickly without throwing', async (_, text) => {
    const engine = await engineWith()
    const started = performance.now()
    const result = await engine.search(query(text, { facets: true }))
    expect(result.total).toBeGreaterThanOrEqual(0)
    expect(await engine.suggest(text, 'USD', 5)).toBeInstanceOf(Array)
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('survives random text', async () => {
    const engine = await engineWith()
    const alphabet = 'abcdeé -\'"<>&*()[]{}|\\^$?.+🔥\u0301\u0000'
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
      await expect(engine.search(query(text, { facets: true }))).resolves.toBeDefined()
    }
  })

  it('tolerates out-of-range paging, unknown sorts and odd filters', async () => {
    const engine = await engineWith()
    const result = await engine.search({
      ...query('boots', { facets: true, priceBuckets: [Number.NaN, 5000, 0] }),
      offset: Number.NaN,
      limit: -5,
      sort: 'bogus' as 'relevance',
      filters: { attributes: { colour: [] }, priceMin: Number.POSITIVE_INFINITY },
    })
    expect(result.total).toBe(2)
    expect(result.hits).toEqual([])
    expect(result.facets!.price).toEqual([{ value: '5000-', count: 2 }])
  })

  it('holds nothing for an empty catalog', async () => {
    const engine = await engineWith([])
    expect(await engine.search(query('boots', { facets: true }))).toEqual({
      total: 0,
      hits: [],
      facets: { brand: [], category: [], price: [], attributes: {} },
      interpretedAs: 'boots',
    })
    expect(await engine.size()).toBe(0)
  })

  it('indexes the whole fixture catalog', async () => {
    expect(await (await engineWith()).size()).toBe(CATALOG.length)
  })
})
