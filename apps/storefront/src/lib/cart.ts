import 'server-only'
import type { ResponseBody } from '@shopstack/sdk'
import { cookies } from 'next/headers'
import { shopperApi } from './api'

export type Cart = ResponseBody<'/store/carts/current', 'get'>

/** The cart this browser holds, or null when it has none (or it was checked out or expired). */
export async function currentCart(): Promise<Cart | null> {
  // Most visitors hold neither a cart nor a session: no need to ask the API.
  const jar = await cookies()
  if (!jar.has('ss_cart') && !jar.has('ss_customer')) return null
  const { data } = await (await shopperApi()).GET('/store/carts/current')
  return data ?? null
}

export const itemCount = (cart: Cart | null) => cart?.items.reduce((n, item) => n + item.quantity, 0) ?? 0
