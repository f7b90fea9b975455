import 'server-only'
import type { ResponseBody } from '@shopstack/sdk'
import { shopperApi } from './api'

export type Cart = ResponseBody<'/store/carts/current', 'get'>

/** The cart this browser holds, or null when it has none (or it was checked out or expired). */
export async function currentCart(): Promise<Cart | null> {
  const { data } = await (await shopperApi()).GET('/store/carts/current')
  return data ?? null
}

export const itemCount = (cart: Cart | null) => cart?.items.reduce((n, item) => n + item.quantity, 0) ?? 0
