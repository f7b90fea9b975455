import Link from 'next/link'
import type { Order } from '@/lib/order-access'
import { money } from '@/lib/money'

const STATUS_TEXT: Record<string, string> = {
  pending: 'Waiting for payment',
  confirmed: 'Confirmed',
  completed: 'Completed',
  canceled: 'Cancelled',
}

/** An order as its shopper sees it: status, lines, totals and shipments. */
export function OrderDetails({ order, heading }: { order: Order; heading: string }) {
  const c = order.currency
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="mt-2 text-muted">
        A confirmation is on its way to <strong>{order.email}</strong>.
      </p>
      <dl className="mt-6 grid grid-cols-2 gap-4 rounded-lg border border-line p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">Order</dt>
          <dd data-testid="order-status">{STATUS_TEXT[order.status] ?? order.status}</dd>
        </div>
        <div>
          <dt className="text-muted">Payment</dt>
          <dd data-testid="payment-status">{order.paymentStatus.replace(/_/g, ' ')}</dd>
        </div>
        <div>
          <dt className="text-muted">Delivery</dt>
          <dd data-testid="fulfillment-status">{order.fulfillmentStatus.replace(/_/g, ' ')}</dd>
        </div>
      </dl>
      <ul className="mt-6 divide-y divide-line border-y border-line">
        {order.items.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-3 text-sm">
            <span>
              {line.quantity} × {line.title} <span className="text-muted">({line.variantTitle})</span>
            </span>
            <span>{money(line.subtotal, c)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-4 ml-auto max-w-xs space-y-1 text-sm">
        <div className="flex justify-between">
          <dt>Subtotal</dt>
          <dd>{money(order.totals.subtotal, c)}</dd>
        </div>
        {order.totals.discountTotal > 0 && (
          <div className="flex justify-between text-ok">
            <dt>Discount</dt>
            <dd>−{money(order.totals.discountTotal, c)}</dd>
          </div>
        )}
        <div className="flex justify-between">
          <dt>Shipping{order.shipping.method ? ` (${order.shipping.method})` : ''}</dt>
          <dd>{money(order.shipping.amount, c)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{order.pricesIncludeTax ? 'Including tax' : 'Tax'}</dt>
          <dd>{money(order.totals.taxTotal, c)}</dd>
        </div>
        <div className="flex justify-between border-t border-line pt-2 text-base font-semibold">
          <dt>Total</dt>
          <dd data-testid="order-total">{money(order.totals.total, c)}</dd>
        </div>
        {order.totals.refundedTotal > 0 && (
          <div className="flex justify-between">
            <dt>Refunded to you</dt>
            <dd data-testid="order-refunded">−{money(order.totals.refundedTotal, c)}</dd>
          </div>
        )}
      </dl>
      {order.fulfillments.length > 0 && (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">Shipments</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {order.fulfillments.map((f) => (
              <li key={f.id}>
                {f.status.replace(/_/g, ' ')}
                {f.carrier && ` with ${f.carrier}`}
                {f.trackingNumber && `, tracking ${f.trackingNumber}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-10">
        <Link href="/" className="underline underline-offset-4">
          Continue shopping
        </Link>
      </p>
    </div>
  )
}
