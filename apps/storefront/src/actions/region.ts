'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { shopperApi } from '@/lib/api'
import { currentCart } from '@/lib/cart'
import { regions } from '@/lib/catalog'
import { REGION_COOKIE } from '@/lib/region'

/** The path of the page the form was sent from, when it is one of ours; else home. */
async function pageTheShopperWasOn(): Promise<string> {
  const all = await headers()
  const referer = all.get('referer')
  const host = all.get('host')
  if (!referer || !host) return '/'
  try {
    const url = new URL(referer)
    return url.host === host ? `${url.pathname}${url.search}` : '/'
  } catch {
    return '/'
  }
}

/**
 * Remembers the shopper's region for a year. A cart keeps its region's currency, so a cart from
 * another region is moved: a new cart in the chosen region gets the same lines, priced there (lines
 * not sold in that currency stay behind). An unknown id is ignored.
 */
export async function chooseRegion(form: FormData) {
  const id = String(form.get('regionId') ?? '')
  if ((await regions()).some((r) => r.id === id)) {
    ;(await cookies()).set({ name: REGION_COOKIE, value: id, path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: true })
    const cart = await currentCart()
    if (cart && cart.regionId !== id && cart.items.length > 0) {
      const api = await shopperApi()
      const { data: moved } = await api.POST('/store/carts', { body: { regionId: id } })
      if (moved)
        for (const item of cart.items)
          await api.POST('/store/carts/{cartId}/items', {
            params: { path: { cartId: moved.id } },
            body: { variantId: item.variantId, quantity: item.quantity },
          })
    }
  }
  redirect(await pageTheShopperWasOn())
}
