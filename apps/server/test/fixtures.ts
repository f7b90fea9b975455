import type { ProductInput } from '../src/modules/catalog/schemas.js'

let counter = 0

/** A valid product with two sizes priced in USD and EUR; override any field. */
export function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  const n = `${process.pid}-${++counter}`
  return {
    handle: `test-tee-${n}`,
    title: `Test Tee ${n}`,
    descriptionHtml: '<p>Soft cotton.</p>',
    status: 'active',
    brand: 'Testbrand',
    productType: 'T-Shirt',
    tags: ['cotton'],
    attributes: { material: 'cotton' },
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      {
        sku: `TT-${n}-S`,
        optionValues: ['S'],
        prices: [
          { currency: 'USD', amount: 1999 },
          { currency: 'EUR', amount: 1899 },
        ],
        inventoryQuantity: 5,
      },
      {
        sku: `TT-${n}-M`,
        optionValues: ['M'],
        prices: [
          { currency: 'USD', amount: 2199 },
          { currency: 'EUR', amount: 2099 },
        ],
        inventoryQuantity: 0,
      },
    ],
    images: [{ url: '/media/demo/test.svg', alt: 'A test tee' }],
    ...overrides,
  }
}
