import Link from 'next/link'
import { currentCart, itemCount } from '@/lib/cart'

export async function CartLink() {
  const count = itemCount(await currentCart())
  return (
    <Link href="/cart" className="rounded-md bg-ink text-paper px-3 py-2 text-sm font-medium">
      Cart <span aria-label={`${count} items`}>({count})</span>
    </Link>
  )
}
