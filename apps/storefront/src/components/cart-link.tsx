'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { CART_CHANGED, CART_COUNT } from '@/lib/cart-events'

/**
 * The header's cart link. The count is the only personal thing in the header, so it is asked for by
 * the browser (/api/cart/count) and the pages around it stay the same for every shopper: on load, on
 * every navigation, and when the cart changes (an add to cart; the cart page telling its count).
 * The space for the count is kept from the start, so nothing moves when it arrives.
 */
export function CartLink() {
  const [count, setCount] = useState<number | null>(null)
  const pathname = usePathname()

  useEffect(() => {
    let current = true
    const ask = () =>
      fetch('/api/cart/count', { cache: 'no-store' })
        .then((response) => (response.ok ? (response.json() as Promise<{ count: number }>) : null))
        .then((answer) => current && answer && setCount(answer.count))
        .catch(() => {})
    const told = (event: Event) => setCount((event as CustomEvent<number>).detail)
    void ask()
    window.addEventListener(CART_CHANGED, ask)
    window.addEventListener(CART_COUNT, told)
    return () => {
      current = false
      window.removeEventListener(CART_CHANGED, ask)
      window.removeEventListener(CART_COUNT, told)
    }
  }, [pathname])

  return (
    <Link href="/cart" className="rounded-md bg-ink text-paper px-3 py-2 text-sm font-medium">
      Cart{' '}
      <span className="inline-block min-w-[3ch] tabular-nums" aria-label={count === null ? undefined : `${count} items`}>
        {count === null ? '' : `(${count})`}
      </span>
    </Link>
  )
}
