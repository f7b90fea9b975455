import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { EmptyCart } from '@/components/empty-cart'
import { changeQuantity, removeLine } from '@/actions/cart'
import { PromotionCodeForm } from '@/components/promotion-code-form'
import { CartTotals } from '@/components/cart-totals'
import { currentCart, itemCount } from '@/lib/cart'
import { CartCountSync } from '@/components/cart-count-sync'
import { regions } from '@/lib/catalog'
import { money } from '@/lib/money'

export const metadata: Metadata = { title: 'Your cart', robots: { index: false }, alternates: { canonical: '/cart' } }

export default async function CartPage() {
  const [cart, all] = await Promise.all([currentCart(), regions()])
  const region = all.find((r) => r.id === cart?.regionId)
  if (!cart || cart.items.length === 0) return <EmptyCart />
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
      <CartCountSync count={itemCount(cart)} />
      <section aria-labelledby="cart-title">
        <h1 id="cart-title" className="mb-6 text-2xl font-bold">
          Your cart
        </h1>
        <ul className="divide-y divide-line border-y border-line">
          {cart.items.map((item) => (
            <li key={item.id} className="flex gap-4 py-4" data-testid="cart-line">
              <div className="h-24 w-24 shrink-0 overflow-hidden rounded bg-wash">
                {item.thumbnail && (
                  <Image src={item.thumbnail} alt="" width={96} height={96} unoptimized={item.thumbnail.endsWith('.svg')} />
                )}
              </div>
              <div className="flex-1">
                <p className="font-medium">{item.title}</p>
                <p className="text-sm text-muted">{item.variantTitle}</p>
                <p className="text-sm">{money(item.unitPrice, cart.currency)} each</p>
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <form action={changeQuantity} className="flex items-center gap-2">
                    <input type="hidden" name="itemId" value={item.id} />
                    <label htmlFor={`qty-${item.id}`} className="text-sm">
                      Quantity
                    </label>
                    <input
                      id={`qty-${item.id}`}
                      name="quantity"
                      type="number"
                      min={0}
                      max={1000}
                      defaultValue={item.quantity}
                      className="w-20 rounded-md border border-line px-2 py-1"
                    />
                    <button type="submit" className="rounded-md border border-line px-3 py-1 text-sm">
                      Update
                    </button>
                  </form>
                  <form action={removeLine}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <button type="submit" className="text-sm text-danger underline underline-offset-4">
                      Remove <span className="sr-only">{item.title}</span>
                    </button>
                  </form>
                </div>
              </div>
              <p className="font-medium">{money(item.subtotal, cart.currency)}</p>
            </li>
          ))}
        </ul>
        {cart.unavailableItems.length > 0 && (
          <p className="mt-4 text-sm text-danger">
            {cart.unavailableItems.length} item(s) in your cart are no longer sold and are not counted in the total.
          </p>
        )}
      </section>
      <aside aria-labelledby="summary" className="space-y-6">
        <h2 id="summary" className="text-lg font-semibold">
          Summary
        </h2>
        <PromotionCodeForm code={cart.promotionCode} rejection={cart.promotionCodeRejection} />
        <CartTotals cart={cart} pricesIncludeTax={region?.pricesIncludeTax ?? false} />
        <Link href="/checkout" className="block rounded-md bg-brand px-4 py-3 text-center font-semibold text-paper hover:bg-brand-dark">
          Check out
        </Link>
      </aside>
    </div>
  )
}
