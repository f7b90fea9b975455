import 'server-only'
import { cookies } from 'next/headers'
import type { ResponseBody } from '@shopstack/sdk'
import { shopperApi } from './api'

/** Set after a checkout: which order this browser may show, and the email it was placed with. */
export const ORDER_ACCESS_COOKIE = 'ss_order'

export type Order = ResponseBody<'/store/orders/{orderId}', 'get'>

/** The order, for its customer (session) or for the browser that placed it as a guest; undefined otherwise. */
export async function orderForShopper(orderId: string): Promise<Order | undefined> {
  const api = await shopperApi()
  const own = await api.GET('/store/orders/{orderId}', { params: { path: { orderId } } })
  if (own.data) return own.data
  const access = readOrderAccess((await cookies()).get(ORDER_ACCESS_COOKIE)?.value)
  if (!access || access.orderId !== orderId) return undefined
  const found = await api.POST('/store/orders/lookup', { body: access })
  return found.data
}

/** "<order id>.<email, base64url>": nothing in it that cookie encoding could change. */
export const orderAccessValue = (orderId: string, email: string) => `${orderId}.${Buffer.from(email).toString('base64url')}`

function readOrderAccess(value: string | undefined): { orderId: string; email: string } | undefined {
  const match = value && /^(ord_[0-9A-Za-z]{10,40})\.([\w-]{1,400})$/.exec(value)
  return match ? { orderId: match[1]!, email: Buffer.from(match[2]!, 'base64url').toString() } : undefined
}
