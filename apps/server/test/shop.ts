import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import type { TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

/** The test provider's cards (docs/payments.md). */
export const CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  challenge: '4000000000003220',
} as const

export const ADDRESS = {
  firstName: 'Grace',
  lastName: 'Hopper',
  line1: '1 Harbor Way',
  city: 'Arlington',
  postalCode: '22201',
  countryCode: 'US',
  phone: '+1 555 0100',
}

export interface Shop {
  owner: Credentials
  regionId: string
  shippingOptionId: string
}

let regionCounter = 0

/**
 * A shop selling in one US region (8 % tax added on top, flat 5.00 shipping), ready for checkouts.
 * Countries belong to one region each, so a test file makes one shop.
 */
export async function openShop(t: TestApp): Promise<Shop> {
  const owner = await staffSession(t.app, t.services, 'owner')
  const region = await t.app.inject({
    method: 'POST',
    url: '/admin/regions',
    headers: owner.headers,
    payload: {
      handle: `us-${++regionCounter}`,
      name: 'United States',
      currency: 'USD',
      countries: ['US'],
      taxRates: { standard: 800, reduced: 0 },
    },
  })
  expect(region.statusCode).toBe(201)
  const regionId = region.json<{ id: string }>().id
  const shipping = await t.app.inject({
    method: 'POST',
    url: `/admin/regions/${regionId}/shipping-options`,
    headers: owner.headers,
    payload: { name: 'Standard', kind: 'flat', amount: 500, minDays: 2, maxDays: 5 },
  })
  expect(shipping.statusCode).toBe(201)
  return { owner, regionId, shippingOptionId: shipping.json<{ id: string }>().id }
}

/** A product with one variant at `price` USD cents and `stock` units on hand; returns the variant id. */
export async function stockedVariant(
  t: TestApp,
  shop: Shop,
  stock: number,
  price = 1000,
): Promise<{ variantId: string; productId: string }> {
  const base = productInput()
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/products',
    headers: shop.owner.headers,
    payload: productInput({
      options: [{ name: 'Size', values: ['One'] }],
      variants: [{ ...base.variants[0]!, optionValues: ['One'], prices: [{ currency: 'USD', amount: price }], inventoryQuantity: stock }],
    }),
  })
  expect(res.statusCode).toBe(201)
  const product = res.json<{ id: string; variants: { id: string }[] }>()
  return { variantId: product.variants[0]!.id, productId: product.id }
}

export async function tokenize(t: TestApp, number: string = CARDS.success): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/store/payments/tokens',
    payload: { number, cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ token: string }>().token
}

/** A cart with the given lines, an email, a US address and the shop's shipping option. */
export async function readyCart(
  t: TestApp,
  shop: Shop,
  lines: { variantId: string; quantity: number }[],
  options: { headers?: Record<string, string>; email?: string | null; promotionCode?: string } = {},
): Promise<string> {
  const headers = options.headers ?? {}
  const created = await t.app.inject({ method: 'POST', url: '/store/carts', headers, payload: { regionId: shop.regionId } })
  expect(created.statusCode).toBe(201)
  const cartId = created.json<{ id: string }>().id
  for (const line of lines) {
    const added = await t.app.inject({ method: 'POST', url: `/store/carts/${cartId}/items`, headers, payload: line })
    expect(added.statusCode, added.body).toBe(200)
  }
  const email = options.email === undefined ? `buyer-${randomUUID()}@example.test` : options.email
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/store/carts/${cartId}`,
    headers,
    payload: {
      ...(email ? { email } : {}),
      shippingAddress: ADDRESS,
      shippingOptionId: shop.shippingOptionId,
      ...(options.promotionCode ? { promotionCode: options.promotionCode } : {}),
    },
  })
  expect(patched.statusCode, patched.body).toBe(200)
  return cartId
}

export function checkout(
  t: TestApp,
  cartId: string,
  paymentToken: string | undefined,
  options: { key?: string; headers?: Record<string, string> } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/store/checkout',
    headers: { 'idempotency-key': options.key ?? randomUUID(), ...options.headers },
    payload: { cartId, ...(paymentToken ? { paymentToken } : {}) },
  })
}

export async function stockOf(t: TestApp, variantId: string) {
  return t.services.database.db
    .selectFrom('inventory_level')
    .select(['on_hand', 'reserved'])
    .where('variant_id', '=', variantId)
    .executeTakeFirstOrThrow()
}
