'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { shopperApi } from '@/lib/api'
import { currentCart } from '@/lib/cart'
import { regions } from '@/lib/catalog'
import { REGION_COOKIE } from '@/lib/region'

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
  const back = String(form.get('back') ?? '/')
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/')
}
