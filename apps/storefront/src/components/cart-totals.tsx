import type { Cart } from '@/lib/cart'
import { money } from '@/lib/money'

/**
 * Rows that add up: shipping before its discount (the discount row holds both), and tax either
 * added (prices before tax) or shown as contained in the prices.
 */
export function CartTotals({ cart, pricesIncludeTax }: { cart: Cart; pricesIncludeTax: boolean }) {
  const t = cart.totals
  return (
    <dl className="space-y-1 text-sm" data-testid="totals">
      <div className="flex justify-between">
        <dt>Subtotal</dt>
        <dd>{money(t.subtotal, cart.currency)}</dd>
      </div>
      {t.discountTotal > 0 && (
        <div className="flex justify-between text-ok">
          <dt>Discount{cart.promotionCode ? ` (${cart.promotionCode})` : ''}</dt>
          <dd>−{money(t.discountTotal, cart.currency)}</dd>
        </div>
      )}
      <div className="flex justify-between">
        <dt>Shipping</dt>
        <dd>{cart.shippingOptionId ? money(cart.shipping.amount, cart.currency) : 'Chosen at checkout'}</dd>
      </div>
      <div className="flex justify-between">
        <dt>{pricesIncludeTax ? 'Including tax' : 'Tax'}</dt>
        <dd>{money(t.taxTotal, cart.currency)}</dd>
      </div>
      <div className="flex justify-between border-t border-line pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd data-testid="total">{money(t.total, cart.currency)}</dd>
      </div>
    </dl>
  )
}
