import type { FastifyBaseLogger } from 'fastify'
import type { Mailer } from '../../platform/mail/port.js'
import type { Outbox } from '../../platform/events/outbox.js'
import type { OrderService } from '../orders/service.js'
import type { OrderView } from '../orders/schemas.js'
import type { OrderUpdatedV1 } from '../orders/events.js'
import { ORDER_TOPICS } from '../orders/events.js'
import { formatMoney } from './money-format.js'

/**
 * Mail to shoppers when their order moves: confirmed once paid, shipped with its tracking, and
 * cancelled. A consumer of order.updated: it runs after commit, at least once, and the relay's
 * per-consumer dedupe means a message goes out once per event.
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

  function shipment(order: OrderView) {
    const parcels = order.fulfillments
      .filter((f) => f.status === 'shipped' || f.status === 'delivered')
      .map((f) => `  ${[f.carrier, f.trackingNumber].filter(Boolean).join(' ') || 'parcel'}${f.trackingUrl ? `: ${f.trackingUrl}` : ''}`)
    return {
      subject: `Order #${order.number} has shipped`,
      text: [`Good news: your order #${order.number} is on its way.`, '', ...parcels, '', `Follow your order: ${orderLink(order)}`].join(
        '\n',
      ),
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
    const message =
      change.changed.includes('status') && change.status === 'confirmed'
        ? confirmation
        : change.changed.includes('fulfillment_status') && ['shipped', 'partially_shipped'].includes(change.fulfillmentStatus)
          ? shipment
          : change.changed.includes('status') && change.status === 'canceled'
            ? cancellation
            : undefined
    if (!message) return
    const order = await orders.view(change.orderId, 'store')
    // An erased or anonymised order has no one to write to.
    if (!order.email) return
    // A declined card cancels an order the shopper never had: the checkout page already told them.
    if (message === cancellation && !order.history.some((h) => h.to === 'confirmed')) return
    await mailer.send({ to: order.email, ...message(order) })
  })
}
