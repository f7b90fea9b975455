import type { Metadata } from 'next'
import { EmptyCart } from '@/components/empty-cart'
import { CheckoutForm } from '@/components/checkout-form'
import { CartTotals } from '@/components/cart-totals'
import { catalogApi } from '@/lib/api'
import { currentCart, itemCount } from '@/lib/cart'
import { CartCountSync } from '@/components/cart-count-sync'
import { regions } from '@/lib/catalog'
import { PUBLIC_API_URL } from '@/lib/site'

export const metadata: Metadata = { title: 'Checkout', robots: { index: false }, alternates: { canonical: '/checkout' } }

export default async function CheckoutPage() {
  const cart = await currentCart()
  if (!cart || cart.items.length === 0) return <EmptyCart />
  const region = (await regions()).find((r) => r.id === cart.regionId)
  const { data } = await catalogApi(60).GET('/store/regions/{regionId}/shipping-options', { params: { path: { regionId: cart.regionId } } })
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
      <CartCountSync count={itemCount(cart)} />
      <section aria-labelledby="checkout-title">
        <h1 id="checkout-title" className="mb-6 text-2xl font-bold">
          Checkout
        </h1>
        <CheckoutForm
          apiUrl={PUBLIC_API_URL}
          currency={cart.currency}
          countries={region?.countries ?? []}
          shippingOptions={(data?.items ?? []).map((o) => ({ id: o.id, name: o.name, minDays: o.minDays, maxDays: o.maxDays }))}
          initial={{
            email: cart.email ?? '',
            address: cart.shippingAddress,
            shippingOptionId: cart.shippingOptionId,
          }}
        />
      </section>
      <aside aria-labelledby="order-summary" className="space-y-4">
        <h2 id="order-summary" className="text-lg font-semibold">
          Order summary
        </h2>
        <ul className="space-y-2 text-sm">
          {cart.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-3">
              <span>
                {item.quantity} × {item.title} <span className="text-muted">({item.variantTitle})</span>
              </span>
            </li>
          ))}
        </ul>
        <CartTotals cart={cart} pricesIncludeTax={region?.pricesIncludeTax ?? false} />
      </aside>
    </div>
  )
}
