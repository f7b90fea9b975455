'use server'

import { cookies } from 'next/headers'
import { refresh } from 'next/cache'
import { shopperApi, problemOf, type ApiError } from '@/lib/api'
import { currentCart, type Cart } from '@/lib/cart'
import { ORDER_ACCESS_COOKIE, orderAccessValue } from '@/lib/order-access'

export interface CheckoutDetails {
  email: string
  address: {
    firstName: string
    lastName: string
    line1: string
    line2?: string
    city: string
    region?: string
    postalCode: string
    countryCode: string
    phone?: string
  }
  shippingOptionId: string
}

export type DetailsResult = { ok: true; cart: Cart } | { ok: false; error: ApiError }

/** Saves email, address and shipping option on the cart; the answer carries the totals to pay. */
export async function saveCheckoutDetails(details: CheckoutDetails): Promise<DetailsResult> {
  const cart = await currentCart()
  if (!cart) return { ok: false, error: { status: 404, title: 'Your cart is empty' } }
  const address = {
    ...details.address,
    line2: details.address.line2 || null,
    region: details.address.region || null,
    phone: details.address.phone || null,
  }
  const { data, error, response } = await (
    await shopperApi()
  ).PATCH('/store/carts/{cartId}', {
    params: { path: { cartId: cart.id } },
    body: {
      email: details.email,
      countryCode: details.address.countryCode,
      shippingAddress: address,
      billingAddress: address,
      shippingOptionId: details.shippingOptionId,
    },
  })
  if (!data) return { ok: false, error: problemOf(error, response.status) }
  return { ok: true, cart: data }
}

export type PlaceResult = { ok: true; orderId: string; challengeUrl: string | null } | { ok: false; error: ApiError }

/**
 * Places the order with a card token the browser got from the API (the card itself never came here).
 * The idempotency key is made once per attempt in the browser, so a double submit places one order.
 */
export async function placeOrder(input: { paymentToken: string; idempotencyKey: string }): Promise<PlaceResult> {
  const cart = await currentCart()
  if (!cart) return { ok: false, error: { status: 404, title: 'Your cart is empty' } }
  const { data, error, response } = await (
    await shopperApi()
  ).POST('/store/checkout', {
    params: { header: { 'idempotency-key': input.idempotencyKey } },
    body: { cartId: cart.id, paymentToken: input.paymentToken },
  })
  if (!data) return { ok: false, error: problemOf(error, response.status) }
  // Lets this browser see the order it just placed, as a guest, for a day.
  ;(await cookies()).set({
    name: ORDER_ACCESS_COOKIE,
    value: orderAccessValue(data.order.id, data.order.email ?? cart.email ?? ''),
    // Site-wide: a server action elsewhere (the payment confirmation page) renders the order page too.
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 24 * 3600,
  })
  refresh()
  return { ok: true, orderId: data.order.id, challengeUrl: data.payment?.nextAction?.url ?? null }
}
