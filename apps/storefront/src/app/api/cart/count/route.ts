import { currentCart, itemCount } from '@/lib/cart'

/** How many items the shopper's cart holds, for the header (components/cart-link.tsx). */
export async function GET() {
  return Response.json({ count: itemCount(await currentCart()) }, { headers: { 'cache-control': 'private, no-store' } })
}
