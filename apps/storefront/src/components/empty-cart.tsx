import Link from 'next/link'
import { CartCountSync } from './cart-count-sync'

export function EmptyCart() {
  return (
    <div className="py-16 text-center">
      <CartCountSync count={0} />
      <h1 className="text-2xl font-bold">Your cart is empty</h1>
      <Link href="/search" className="mt-6 inline-block underline underline-offset-4">
        Browse products
      </Link>
    </div>
  )
}
