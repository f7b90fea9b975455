'use server'

import { refresh } from 'next/cache'
import { shopperApi, problemOf, type ApiError } from '@/lib/api'
import { currentCart } from '@/lib/cart'
import { currentRegion } from '@/lib/region'

export type ActionResult = { ok: true } | { ok: false; error: ApiError }

const failed = (error: unknown, response: Response): ActionResult => ({ ok: false, error: problemOf(error, response.status) })

/** The shopper's cart id, starting a cart in their region when they have none. */
async function cartId(): Promise<string> {
  const existing = await currentCart()
  if (existing) return existing.id
  const region = await currentRegion()
  const api = await shopperApi()
  const { data, error, response } = await api.POST('/store/carts', { body: { regionId: region?.id } })
  if (!data) throw new Error(`could not start a cart: ${response.status} ${JSON.stringify(error)}`)
  return data.id
}

export async function addToCart(_state: ActionResult | null, form: FormData): Promise<ActionResult> {
  const variantId = String(form.get('variantId') ?? '')
  const quantity = Number(form.get('quantity') ?? 1)
  const id = await cartId()
  const { error, response } = await (
    await shopperApi()
  ).POST('/store/carts/{cartId}/items', {
    params: { path: { cartId: id } },
    body: { variantId, quantity },
  })
  // Nothing on a product page shows the cart; the header's count asks for itself (cart-link.tsx).
  if (error) return failed(error, response)
  return { ok: true }
}

export async function changeQuantity(form: FormData): Promise<void> {
  const cart = await currentCart()
  const itemId = String(form.get('itemId') ?? '')
  const quantity = Number(form.get('quantity'))
  if (!cart || !Number.isInteger(quantity)) return
  const api = await shopperApi()
  if (quantity <= 0) await api.DELETE('/store/carts/{cartId}/items/{itemId}', { params: { path: { cartId: cart.id, itemId } } })
  else
    await api.PATCH('/store/carts/{cartId}/items/{itemId}', {
      params: { path: { cartId: cart.id, itemId } },
      body: { quantity: Math.min(quantity, 1000) },
    })
  refresh()
}

export async function removeLine(form: FormData): Promise<void> {
  const cart = await currentCart()
  if (!cart) return
  await (
    await shopperApi()
  ).DELETE('/store/carts/{cartId}/items/{itemId}', {
    params: { path: { cartId: cart.id, itemId: String(form.get('itemId') ?? '') } },
  })
  refresh()
}

export async function applyPromotionCode(_state: ActionResult | null, form: FormData): Promise<ActionResult> {
  const cart = await currentCart()
  if (!cart) return { ok: false, error: { status: 404, title: 'Your cart is empty' } }
  const code = String(form.get('code') ?? '').trim()
  const { error, response } = await (
    await shopperApi()
  ).PATCH('/store/carts/{cartId}', {
    params: { path: { cartId: cart.id } },
    body: { promotionCode: code === '' ? null : code },
  })
  if (error) return failed(error, response)
  refresh()
  return { ok: true }
}
