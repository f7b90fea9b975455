'use client'

import { useEffect } from 'react'
import { CART_COUNT } from '@/lib/cart-events'

/** Placed on pages that know the cart (cart, checkout, confirmation): tells the header its count. */
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => {
    window.dispatchEvent(new CustomEvent(CART_COUNT, { detail: count }))
  }, [count])
  return null
}
