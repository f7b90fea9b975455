import type { FastifyBaseLogger } from 'fastify'
import type { Mailer } from '../../platform/mail/port.js'
import type { Outbox } from '../../platform/events/outbox.js'
import type { OrderService } from '../orders/service.js'
import type { OrderView } from '../orders/schemas.js'
import type { FulfillmentShippedV1, OrderUpdatedV1 } from '../orders/events.js'
import { ORDER_TOPICS } from '../orders/events.js'
import { formatMoney } from './money-format.js'

/**
 * Mail to shoppers when their order moves: confirmed once paid, each parcel with its tracking as it
 * ships, and cancelled. Consumers of order.updated and fulfillment.shipped: they run after commit,
 * at least once; a worker claims an event before delivering it and the relay records each
 * (consumer, event) it delivered, so a message goes out once unless a worker dies mid-send.
 */
export function registerOrderNotifications(deps: {
  outbox: Outbox
  orders: OrderService
  mailer: Mailer
  storefrontUrl: string
  log: FastifyBaseLogger
}) {
  const { outbox, orders, mailer, storefrontUrl } = deps

  const orderLink = (order: OrderView) => `${storefrontUrl}/account/orders/${order.id}`

  function confirmation(order: OrderView) {
    const lines = order.items.map((l) => `  ${l.quantity} × ${l.title} (${l.variantTitle})  ${formatMoney(l.total, order.currency)}`)
    return {
      subject: `Order #${order.number} confirmed`,
      text: [
        `Thank you for your order #${order.number}.`,
        '',
        ...lines,
        '',
        `Shipping: ${formatMoney(order.shipping.total, order.currency)}`,
        order.totals.discountTotal > 0 ? `Discounts: -${formatMoney(order.totals.discountTotal, order.currency)}` : null,
        `${order.pricesIncludeTax ? 'Tax included' : 'Tax'}: ${formatMoney(order.totals.taxTotal, order.currency)}`,
        `Total: ${formatMoney(order.totals.total, order.currency)}`,
        '',
        `Follow your order: ${orderLink(order)}`,
      ]
        .filter((line) => line !== null)
        .join('\n'),
    }
  }

  function shipment(order: OrderView, parcel: FulfillmentShippedV1) {
    const tracking = [parcel.carrier, parcel.trackingNumber].filter(Boolean).join(' ') || 'without tracking'
    const items = order.fulfillments
      .find((f) => f.id === parcel.fulfillmentId)
      ?.items.map((item) => {
        const line = order.items.find((l) => l.id === item.lineId)
        return `  ${item.quantity} × ${line ? `${line.title} (${line.variantTitle})` : 'item'}`
      })
    return {
      subject: `Order #${order.number} has shipped`,
      text: [
        `Good news: a parcel of your order #${order.number} is on its way.`,
        '',
        ...(items ?? []),
        '',
        `Tracking: ${tracking}${parcel.trackingUrl ? ` ${parcel.trackingUrl}` : ''}`,
        '',
        `Follow your order: ${orderLink(order)}`,
      ].join('\n'),
    }
  }

  function cancellation(order: OrderView) {
    return {
      subject: `Order #${order.number} cancelled`,
      text: [
        `Your order #${order.number} was cancelled${order.cancelReason ? `: ${order.cancelReason}` : ''}.`,
        'Any amount taken from your card is returned to it.',
      ].join('\n'),
    }
  }

  outbox.subscribe('notifications.order-status', ORDER_TOPICS.updated, async (event) => {
    const change = event.payload as OrderUpdatedV1
    if (!change.changed.includes('status')) return
    const message = change.status === 'confirmed' ? confirmation : change.status === 'canceled' ? cancellation : undefined
    if (!message) return
    const order = await orders.view(change.orderId, 'store')
    // An erased or anonymised order has no one to write to.
    if (!order.email) return
    // A declined card cancels an order the shopper never had: the checkout page already told them.
    if (message === cancellation && !order.history.some((h) => h.to === 'confirmed')) return
    await mailer.send({ to: order.email, ...message(order) })
  })

  outbox.subscribe('notifications.parcel-shipped', ORDER_TOPICS.shipped, async (event) => {
    const parcel = event.payload as FulfillmentShippedV1
    const order = await orders.view(parcel.orderId, 'store')
    if (!order.email) return
    await mailer.send({ to: order.email, ...shipment(order, parcel) })
  })
}
