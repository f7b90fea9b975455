import { describe, expect, it } from 'vitest'
import { engineWith, product } from './fixtures/catalog.js'

describe('memory search suggestions', () => {
  it('suggests the category and the products whose titles start with the letters typed, best sellers first on a tie', async () => {
    const engine = await engineWith()
    expect(await engine.suggest('boo', 'USD', 5)).toEqual([
      { kind: 'category', id: 'cat_boots', label: 'Boots', highlightedLabel: '<mark>Boots</mark>' },
      { kind: 'product', id: 'p4', label: 'Waterproof Hiking Boots', highlightedLabel: 'Waterproof Hiking <mark>Boots</mark>' },
      { kind: 'product', id: 'p3', label: 'Leather Chelsea Boots', highlightedLabel: 'Leather Chelsea <mark>Boots</mark>' },
    ])
  })

  it('suggests brands by name, from the first letters and with typos', async () => {
    const engine = await engineWith()
    expect(await engine.suggest('nor', 'USD', 5)).toEqual([
      { kind: 'brand', id: 'Nordvik', label: 'Nordvik', highlightedLabel: '<mark>Nordvik</mark>' },
    ])
    expect((await engine.suggest('strydewell', 'USD', 5))[0]).toEqual({
      kind: 'brand',
      id: 'Stridewell',
      label: 'Stridewell',
      highlightedLabel: '<mark>Stridewell</mark>',
    })
  })

  it('suggests only the nearest names for a misspelt word', async () => {
    const engine = await engineWith([
      product('a', 'Canvas Sneakers', { categoryIds: ['c1'], categoryNames: ['Sneakers'] }),
      product('b', 'Desk Speakers', { categoryIds: ['c2'], categoryNames: ['Speakers'] }),
    ])
    expect((await engine.suggest('sneekers', 'USD', 4)).map((s) => `${s.kind}:${s.label}`)).toEqual([
      'category:Sneakers',
      'product:Canvas Sneakers',
    ])
  })

  it('suggests products from a misspelt word', async () => {
    const engine = await engineWith()
    expect(await engine.suggest('lether', 'USD', 5)).toEqual([
      { kind: 'product', id: 'p3', label: 'Leather Chelsea Boots', highlightedLabel: '<mark>Leather</mark> Chelsea Boots' },
    ])
  })

  it('leaves out products without a price in the currency', async () => {
    const engine = await engineWith()
    expect(await engine.suggest('mug', 'USD', 5)).toHaveLength(1)
    expect(await engine.suggest('mug', 'EUR', 5)).toEqual([])
  })

  it('keeps to the limit and shows one product per title', async () => {
    const engine = await engineWith([
      product('a', 'Wool Hat', { sales: 1 }),
      product('b', 'Wool Hat', { sales: 2 }),
      product('c', 'Wool Scarf'),
    ])
    expect((await engine.suggest('wool', 'USD', 10)).map((s) => s.id)).toEqual(['b', 'c'])
    expect(await engine.suggest('wool', 'USD', 1)).toHaveLength(1)
    expect(await engine.suggest('wool', 'USD', 0)).toEqual([])
  })

  it('suggests nothing for nothing typed', async () => {
    const engine = await engineWith()
    expect(await engine.suggest('', 'USD', 5)).toEqual([])
    expect(await engine.suggest(' 🔥 ', 'USD', 5)).toEqual([])
  })
})
