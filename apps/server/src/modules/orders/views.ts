import type { OrderRepo, OrderRow } from './repo.js'
import type { PaymentSnapshot } from './payments-port.js'
import type { OrderSummaryView, OrderView } from './schemas.js'

type Rows<K extends keyof OrderRepo> = OrderRepo[K] extends (...args: never[]) => Promise<infer R> ? R : never

export interface OrderParts {
  order: OrderRow
  lines: Rows<'lines'>
  history: Rows<'history'>
  fulfillments: Rows<'fulfillments'>
  fulfillmentLines: Rows<'fulfillmentLines'>
  returns: Rows<'returns'>
  returnLines: Rows<'returnLines'>
  payments: PaymentSnapshot[]
}

/** Shoppers see what kind of actor moved their order, never which staff member. */
const actorFor = (actor: string, audience: 'store' | 'admin') => (audience === 'admin' ? actor : actor.split(':')[0]!)

const iso = (date: Date | null) => date?.toISOString() ?? null

export function toOrderView(parts: OrderParts, audience: 'store' | 'admin'): OrderView {
  const { order } = parts
  const sum = (f: (p: PaymentSnapshot) => number) => parts.payments.reduce((n, p) => n + f(p), 0)
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentStatus: order.payment_status,
    fulfillmentStatus: order.fulfillment_status,
    email: order.email,
    customerId: order.customer_id,
    regionId: order.region_id,
    currency: order.currency,
    countryCode: order.country_code,
    pricesIncludeTax: order.prices_include_tax,
    items: parts.lines.map((l) => ({
      id: l.id,
      variantId: l.variant_id,
      productId: l.product_id,
      sku: l.sku,
      title: l.title,
      variantTitle: l.variant_title,
      thumbnail: l.thumbnail,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      subtotal: l.subtotal,
      discount: l.discount,
      tax: l.tax,
      total: l.total,
      fulfilledQuantity: l.fulfilled_quantity,
      returnedQuantity: l.returned_quantity,
    })),
    shipping: {
      optionId: order.shipping_option_id,
      method: order.shipping_method,
      amount: order.shipping_amount,
      discount: order.shipping_discount,
      tax: order.shipping_tax,
      total: order.shipping_total,
    },
    shippingAddress: order.shipping_address,
    billingAddress: order.billing_address,
    promotionCode: order.promotion_code,
    promotions: order.promotions,
    totals: {
      subtotal: order.subtotal,
      discountTotal: order.discount_total,
      shippingTotal: order.shipping_total,
      taxTotal: order.tax_total,
      total: order.total,
      capturedTotal: sum((p) => p.capturedAmount),
      refundedTotal: sum((p) => p.refundedAmount),
    },
    payments: parts.payments.map((p) => ({
      id: p.id,
      provider: p.provider,
      status: p.status,
      amount: p.amount,
      authorizedAmount: p.authorizedAmount,
      capturedAmount: p.capturedAmount,
      refundedAmount: p.refundedAmount,
      card: p.card,
      nextAction: p.nextAction,
      failureReason: p.failureReason,
    })),
    fulfillments: parts.fulfillments.map((f) => ({
      id: f.id,
      status: f.status,
      carrier: f.carrier,
      trackingNumber: f.tracking_number,
      trackingUrl: f.tracking_url,
      items: parts.fulfillmentLines
        .filter((l) => l.fulfillment_id === f.id)
        .map((l) => ({ lineId: l.order_line_id, quantity: l.quantity })),
      createdAt: f.created_at.toISOString(),
      shippedAt: iso(f.shipped_at),
      deliveredAt: iso(f.delivered_at),
    })),
    returns: parts.returns.map((r) => ({
      id: r.id,
      status: r.status,
      reason: r.reason,
      restock: r.restock,
      refundAmount: r.refund_amount,
      items: parts.returnLines.filter((l) => l.return_id === r.id).map((l) => ({ lineId: l.order_line_id, quantity: l.quantity })),
      createdAt: r.created_at.toISOString(),
      receivedAt: iso(r.received_at),
      refundedAt: iso(r.refunded_at),
    })),
    // Staff notes are internal (a fraud suspicion, a call with the carrier): shoppers see the moves only.
    history: parts.history
      .filter((h) => audience === 'admin' || h.field !== 'note')
      .map((h) => ({
        field: h.field,
        from: h.from_value,
        to: h.to_value,
        actor: actorFor(h.actor, audience),
        reason: h.reason,
        at: h.at.toISOString(),
      })),
    cancelReason: order.cancel_reason,
    placedAt: order.placed_at.toISOString(),
    canceledAt: iso(order.canceled_at),
  }
}

export function toOrderSummary(order: OrderRow, itemCount: number): OrderSummaryView {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentStatus: order.payment_status,
    fulfillmentStatus: order.fulfillment_status,
    email: order.email,
    customerId: order.customer_id,
    currency: order.currency,
    total: order.total,
    itemCount,
    placedAt: order.placed_at.toISOString(),
  }
}
