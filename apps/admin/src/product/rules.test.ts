import { describe, expect, it } from 'vitest'
import { draftFromProduct, variantsFor, type ProductView } from './draft'
import { checkProduct, formErrors, productBody } from './rules'

const stored = {
  id: 'prod_1',
  handle: 'linen-shirt',
  title: 'Linen shirt',
  descriptionHtml: '<p>Cool.</p>',
  status: 'active',
  brand: 'Nordvik',
  productType: null,
  tags: ['linen'],
  attributes: {},
  seoTitle: null,
  seoDescription: null,
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    {
      id: 'var_1',
      sku: 'LIN-S',
      title: 'S',
      optionValues: ['S'],
      weightGrams: 300,
      barcode: '4006381333931',
      prices: [
        { amount: 2400, currency: 'USD', compareAtAmount: 3000 },
        { amount: 2200, currency: 'EUR', compareAtAmount: null },
      ],
      available: 4,
    },
    {
      id: 'var_2',
      sku: 'LIN-M',
      title: 'M',
      optionValues: ['M'],
      weightGrams: null,
      barcode: null,
      prices: [{ amount: 2600, currency: 'USD', compareAtAmount: null }],
      available: 0,
    },
  ],
  images: [{ id: 'img_1', url: '/media/a.png', alt: 'Front', width: 800, height: 600 }],
  categories: [],
  collections: [],
  priceRanges: [],
  createdAt: '2026-11-27T00:00:00Z',
  updatedAt: '2026-11-27T00:00:00Z',
} satisfies ProductView

describe('the product form’s draft and body', () => {
  it('sends back what it was given: an edit that changes nothing keeps compare-at prices, barcodes, weights and image sizes', () => {
    const draft = draftFromProduct(stored)
    expect(checkProduct(draft, 'edit')).toEqual({})
    const { body } = productBody(draft, 'edit')
    expect(body.variants[0]).toEqual({
      sku: 'LIN-S',
      optionValues: ['S'],
      weightGrams: 300,
      barcode: '4006381333931',
      prices: [
        { currency: 'USD', amount: 2400, compareAtAmount: 3000 },
        { currency: 'EUR', amount: 2200, compareAtAmount: null },
      ],
    })
    expect(body.variants[1]).toMatchObject({
      weightGrams: null,
      barcode: null,
      prices: [{ currency: 'USD', amount: 2600, compareAtAmount: null }],
    })
    expect(body.images).toEqual([{ url: '/media/a.png', alt: 'Front', width: 800, height: 600 }])
  })

  it('makes one variant per combination of option values, keeping what was typed for a combination', () => {
    const draft = draftFromProduct(stored)
    const variants = variantsFor([...draft.options, { name: 'Colour', values: ['Red', 'Blue'] }], draft.variants)
    expect(variants.map((v) => v.optionValues.join('/'))).toEqual(['S/Red', 'S/Blue', 'M/Red', 'M/Blue'])
    const back = variantsFor(draft.options, draft.variants)
    expect(back[0]!.sku).toBe('LIN-S')
  })

  it('refuses a compare-at price without a price in its currency, and maps the API’s price errors to currencies', () => {
    const draft = draftFromProduct(stored)
    draft.variants[1]!.compareAt = { EUR: '30.00' }
    draft.variants[1]!.prices = { USD: '26.00' }
    expect(checkProduct(draft, 'edit')).toEqual({ 'variants.1.compareAt.EUR': 'Give the price in EUR too' })
    const { sentCurrencies } = productBody(draftFromProduct(stored), 'edit')
    expect(formErrors({ 'variants.0.prices.1.amount': 'too large', 'variants.0.prices.0.compareAtAmount': 'bad' }, sentCurrencies)).toEqual(
      {
        'variants.0.prices.EUR': 'too large',
        'variants.0.compareAt.USD': 'bad',
      },
    )
  })
})
