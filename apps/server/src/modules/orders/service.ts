import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { Problem, conflict, notFound } from '../../problems.js'
import type { InventoryService } from '../inventory/service.js'
import type { PromotionService } from '../promotions/service.js'
import type { PricedCart } from '../cart/price-cart.js'
import type { OrderRepo, OrderRow } from './repo.js'
import type { OrderPayments, PaymentChangeEvent, PaymentSnapshot } from './payments-port.js'
import { assertMove, deriveFulfillmentStatus, type OrderFulfillmentStatus, type OrderStatus } from './state-machine.js'
import { toOrderSummary, toOrderView } from './views.js'
import type { AdminOrderQuery } from './schemas.js'
import { ORDER_TOPICS, type OrderCreatedV1, type OrderUpdatedV1, type AnalyticsEventV1, type MoneyToReturnV1 } from './events.js'
import { createOrderPersonalData } from './personal-data.js'

export interface OrderPatch {
  status?: OrderStatus
  payment_status?: string
  fulfillment_status?: OrderFulfillmentStatus
}

/** Payment statuses at which the money is settled: captured (in full or the part that will be taken), or nothing to pay. */
const PAID = new Set(['captured', 'partially_captured', 'partially_refunded', 'refunded', 'not_required'])

export function createOrderService(deps: {
  repo: OrderRepo
  inventory: InventoryService
  promotions: PromotionService
  payments: OrderPayments
  outbox: Outbox
  /** Gives a cart back to its shopper when the order made from it was never paid. */
  reopenCart: (cartId: string, tx: Db) => Promise<unknown>
  log: FastifyBaseLogger
}) {
  const { repo, inventory, promotions, payments, outbox, log } = deps

  /**
   * Applies status changes to a locked order: each changed field becomes a history row (time,
   * actor, reason), an order that is confirmed, shipped and paid becomes completed, and
   * order.updated goes out in the same transaction.
   */
  async function move(tx: Db, order: OrderRow, patch: OrderPatch, actor: string, reason?: string): Promise<OrderRow> {
    const next = { ...order, ...patch }
    if (patch.status && patch.status !== order.status) assertMove('order', order.status, patch.status)
    const shippedAndPaid = ['shipped', 'delivered'].includes(next.fulfillment_status) && PAID.has(next.payment_status)
    if (next.status === 'confirmed' && shippedAndPaid) next.status = 'completed'
    const fields = ['status', 'payment_status', 'fulfillment_status'] as const
    const changed = fields.filter((field) => next[field] !== order[field])
    if (changed.length === 0) return order
    await repo.updateOrder(
      order.id,
      { status: next.status, payment_status: next.payment_status, fulfillment_status: next.fulfillment_status },
      tx,
    )
    await repo.insertHistory(
      changed.map((field) => ({
        id: newId('ohis'),
        order_id: order.id,
        field,
        from_value: order[field],
        to_value: next[field],
        actor,
        reason: reason ?? null,
      })),
      tx,
    )
    await outbox.emit<OrderUpdatedV1>(tx, ORDER_TOPICS.updated, {
      orderId: order.id,
      number: order.number,
      customerId: order.customer_id,
      status: next.status,
      paymentStatus: next.payment_status,
      fulfillmentStatus: next.fulfillment_status,
      changed: [...changed],
    })
    return next
  }

  async function lock(orderId: string, tx: Db): Promise<OrderRow> {
    const order = await repo.findOrder(orderId, tx, true)
    if (!order) throw notFound('order', orderId)
    return order
  }

  /** The order's units still held for it: everything ordered that has not been packed yet. */
  async function heldUnits(orderId: string, tx: Db) {
    return (await repo.lines(orderId, tx))
      .filter((l) => l.variant_id !== null && l.quantity > l.fulfilled_quantity)
      .map((l) => ({ variantId: l.variant_id!, quantity: l.quantity - l.fulfilled_quantity }))
  }

  /** Cancels in the caller's transaction: releases the held stock and records why. */
  async function cancelLocked(tx: Db, order: OrderRow, reason: string, actor: string): Promise<OrderRow> {
    assertMove('order', order.status, 'canceled')
    const live = (await repo.fulfillments(order.id, tx)).filter((f) => f.status !== 'canceled')
    if (live.length > 0)
      throw conflict(
        live.some((f) => f.status !== 'packed')
          ? 'Part of this order has shipped: take it back with a return instead'
          : 'Cancel the order’s packed fulfilments first',
      )
    await inventory.release(tx, await heldUnits(order.id, tx), { reference: order.id })
    await repo.updateOrder(order.id, { cancel_reason: reason, canceled_at: new Date() }, tx)
    return move(tx, order, { status: 'canceled', fulfillment_status: 'canceled' }, actor, reason)
  }

  async function parts(order: OrderRow, tx: Db = repo.db) {
    const [lines, history, fulfillments, returns, paymentList] = await Promise.all([
      repo.lines(order.id, tx),
      repo.history(order.id, tx),
      repo.fulfillments(order.id, tx),
      repo.returns(order.id, tx),
      payments.listForOrder(order.id, tx),
    ])
    const [fulfillmentLines, returnLines] = await Promise.all([
      repo.fulfillmentLines(
        fulfillments.map((f) => f.id),
        tx,
      ),
      repo.returnLines(
        returns.map((r) => r.id),
        tx,
      ),
    ])
    return { order, lines, history, fulfillments, fulfillmentLines, returns, returnLines, payments: paymentList }
  }

  async function view(orderId: string, audience: 'store' | 'admin', tx: Db = repo.db) {
    const order = await repo.findOrder(orderId, tx)
    if (!order) throw notFound('order', orderId)
    return toOrderView(await parts(order, tx), audience)
  }

  /**
   * Gives up an order that was never paid (declined, abandoned, unauthorizable), in the caller's
   * transaction. Promotion rows are locked before stock rows, the order checkout takes them in,
   * so this never deadlocks with a checkout on PostgreSQL.
   */
  async function abandonUnpaid(tx: Db, order: OrderRow, reason: string, actor: string): Promise<OrderRow> {
    await promotions.releaseUses(tx, order.id)
    const canceled = await cancelLocked(tx, order, reason, actor)
    await deps.reopenCart(order.cart_id, tx)
    return canceled
  }

  /** The payment module tells us, inside its own transaction, what happened to an order's money. */
  async function onPaymentChange(tx: Db, payment: PaymentSnapshot, change: PaymentChangeEvent) {
    const order = await repo.findOrder(payment.orderId, tx, true)
    if (!order) return
    if (order.status === 'canceled' && (change.kind === 'authorized' || change.kind === 'captured')) {
      // Money that reached an order given up meanwhile goes back: a challenge completed late is
      // voided, a capture that raced the cancellation refunded. The provider is called by a consumer
      // of this event, after this transaction commits, never inside it.
      await outbox.emit<MoneyToReturnV1>(tx, ORDER_TOPICS.moneyToReturn, {
        orderId: order.id,
        paymentId: payment.id,
        action: change.kind === 'authorized' ? 'void' : 'refund',
        amount: change.amount,
      })
    }
    if (change.kind === 'failed' && order.status === 'pending') {
      const canceled = await abandonUnpaid(tx, order, `payment failed: ${payment.failureReason ?? 'declined'}`, change.actor)
      await move(tx, canceled, { payment_status: payment.status }, change.actor, change.reason)
      return
    }
    const patch: OrderPatch = { payment_status: payment.status }
    if (change.kind === 'authorized' && order.status === 'pending') patch.status = 'confirmed'
    await move(tx, order, patch, change.actor, change.reason)
  }
  payments.onChange(onPaymentChange)

  outbox.subscribe('orders.return-money', ORDER_TOPICS.moneyToReturn, async (event) => {
    const { paymentId, action, amount } = event.payload as MoneyToReturnV1
    try {
      if (action === 'void') await payments.voidPayment(paymentId, 'system')
      else await payments.refund(paymentId, amount, 'money received after the order was canceled', 'system')
    } catch (error) {
      // Already voided or refunded (a redelivery, or staff were quicker): nothing is left to return.
      if (error instanceof Problem && error.status < 500) return
      throw error
    }
  })
  const personalData = createOrderPersonalData({ repo, view })

  async function paymentOf(orderId: string) {
    const list = await payments.listForOrder(orderId)
    const live = list.filter((p) => p.status !== 'failed').at(-1)
    if (!live) throw conflict('This order has no payment to act on')
    return live
  }

  return {
    move,
    lock,
    view,
    /** Units sold per product (orders not cancelled), for search's "bestselling" sort. */
    unitsSold: (productIds: string[]) => repo.unitsSold(productIds),
    /** For the privacy module: a person's orders in their export, and their anonymisation on erasure. */
    exportFor: personalData.exportFor,
    anonymiseFor: personalData.anonymiseFor,

    /** Writes a placed order from a priced cart, in the checkout's transaction. */
    async create(tx: Db, priced: PricedCart, input: { orderId: string; customerId: string | null; actor: string }): Promise<OrderRow> {
      const { cart, region, totals } = priced
      const { number } = await repo.insertOrder(
        {
          id: input.orderId,
          cart_id: cart.id,
          customer_id: input.customerId,
          email: cart.email,
          region_id: region.id,
          currency: cart.currency,
          prices_include_tax: region.pricesIncludeTax,
          country_code: cart.country_code ?? region.countries[0]!,
          status: 'pending',
          payment_status: 'pending',
          fulfillment_status: 'not_fulfilled',
          subtotal: totals.subtotal,
          discount_total: totals.discountTotal,
          shipping_total: totals.shipping.total,
          tax_total: totals.taxTotal,
          total: totals.total,
          shipping_option_id: priced.shippingOption?.id ?? null,
          shipping_method: priced.shippingOption?.name ?? null,
          shipping_amount: totals.shipping.amount,
          shipping_discount: totals.shipping.discount,
          shipping_tax: totals.shipping.tax,
          shipping_address: cart.shipping_address ? JSON.stringify(cart.shipping_address) : null,
          billing_address: JSON.stringify(cart.billing_address ?? cart.shipping_address ?? null),
          promotion_code: totals.appliedPromotions.find((p) => p.code)?.code ?? null,
          promotions: JSON.stringify(totals.appliedPromotions),
          cancel_reason: null,
          canceled_at: null,
          anonymized_at: null,
        },
        tx,
      )
      const lines = priced.lines.map(({ item, variant, unitPrice }, i) => {
        const line = totals.lines[i]!
        return {
          id: newId('oline'),
          order_id: input.orderId,
          position: i,
          variant_id: variant.variantId,
          product_id: variant.productId,
          sku: variant.sku,
          title: variant.productTitle,
          variant_title: variant.variantTitle,
          thumbnail: variant.thumbnail,
          quantity: item.quantity,
          unit_price: unitPrice,
          subtotal: line.subtotal,
          discount: line.discount,
          tax: line.tax,
          total: line.total,
        }
      })
      await repo.insertLines(lines, tx)
      await repo.insertHistory(
        [
          {
            id: newId('ohis'),
            order_id: input.orderId,
            field: 'status',
            from_value: null,
            to_value: 'pending',
            actor: input.actor,
            reason: 'placed',
          },
        ],
        tx,
      )
      await outbox.emit<OrderCreatedV1>(tx, ORDER_TOPICS.created, {
        orderId: input.orderId,
        number,
        customerId: input.customerId,
        email: cart.email,
        currency: cart.currency,
        total: totals.total,
        items: lines.map((l) => ({ variantId: l.variant_id, productId: l.product_id, sku: l.sku, quantity: l.quantity, total: l.total })),
      })
      await outbox.emit<AnalyticsEventV1>(tx, ORDER_TOPICS.analytics, {
        type: 'order_placed',
        at: new Date().toISOString(),
        subject: input.orderId,
        currency: cart.currency,
        value: totals.total,
        items: lines.map((l) => ({ productId: l.product_id, variantId: l.variant_id, quantity: l.quantity, revenue: l.total })),
      })
      return (await repo.findOrder(input.orderId, tx))!
    },

    /** A customer's own order; anyone else's is 404, as if it did not exist. */
    async getForCustomer(customerId: string, orderId: string) {
      const order = await repo.findOrder(orderId)
      if (!order || order.customer_id !== customerId) throw notFound('order', orderId)
      return toOrderView(await parts(order), 'store')
    },

    /** A guest finds their order with its id and the email it was placed with; any mismatch is 404. */
    async lookupAsGuest(orderId: string, email: string) {
      const order = await repo.findOrder(orderId)
      if (!order || order.email === null || order.email.toLowerCase() !== email.trim().toLowerCase()) throw notFound('order', orderId)
      return toOrderView(await parts(order), 'store')
    },

    async listForCustomer(customerId: string, query: { limit: number; cursor?: string }) {
      const after = decodeCursor(query.cursor, 1)?.[0] as string | undefined
      const rows = await repo.listForCustomer(customerId, query.limit, after)
      const counts = await repo.itemCounts(rows.map((r) => r.id))
      return pageFrom(
        rows,
        query.limit,
        (r) => toOrderSummary(r, counts.get(r.id) ?? 0),
        (r) => [r.id],
      )
    },

    async listAdmin(query: AdminOrderQuery) {
      const after = decodeCursor(query.cursor, 1)?.[0] as string | undefined
      const rows = await repo.listAdmin(query, query.limit, after)
      const counts = await repo.itemCounts(rows.map((r) => r.id))
      return pageFrom(
        rows,
        query.limit,
        (r) => toOrderSummary(r, counts.get(r.id) ?? 0),
        (r) => [r.id],
      )
    },

    /**
     * Cancels an order that has not shipped: stock goes back at once, in one transaction with the
     * status change; then the money follows (an authorization is voided, a capture refunded).
     */
    async cancel(orderId: string, reason: string, actor: string) {
      await repo.db.transaction().execute(async (tx) => cancelLocked(tx, await lock(orderId, tx), reason, actor))
      for (const payment of await payments.listForOrder(orderId)) {
        try {
          if (['authorized', 'requires_action'].includes(payment.status) && payment.capturedAmount === 0)
            await payments.voidPayment(payment.id, actor)
          else if (payment.capturedAmount > payment.refundedAmount)
            await payments.refund(payment.id, payment.capturedAmount - payment.refundedAmount, `order canceled: ${reason}`, actor)
        } catch (error) {
          // The order stays canceled; its payment status shows staff the money still to return.
          log.error({ err: error, orderId, paymentId: payment.id }, 'returning the money of a canceled order failed')
        }
      }
      return view(orderId, 'admin')
    },

    async capture(orderId: string, amount: number | undefined, actor: string) {
      const order = await repo.findOrder(orderId)
      if (!order) throw notFound('order', orderId)
      if (order.status === 'canceled') throw conflict('A canceled order cannot be captured')
      await payments.capture((await paymentOf(orderId)).id, amount, actor)
      return view(orderId, 'admin')
    },

    async refund(orderId: string, amount: number, reason: string, actor: string) {
      if (!(await repo.findOrder(orderId))) throw notFound('order', orderId)
      await payments.refund((await paymentOf(orderId)).id, amount, reason, actor)
      return view(orderId, 'admin')
    },

    async addNote(orderId: string, note: string, actor: string) {
      await repo.db.transaction().execute(async (tx) => {
        await lock(orderId, tx)
        await repo.insertHistory(
          [{ id: newId('ohis'), order_id: orderId, field: 'note', from_value: null, to_value: null, actor, reason: note }],
          tx,
        )
      })
      return view(orderId, 'admin')
    },

    /** Recomputes the order's fulfilment status after a fulfilment moved, in the caller's transaction. */
    async refreshFulfillment(tx: Db, order: OrderRow, actor: string, reason?: string) {
      const [lines, fulfilments] = await Promise.all([repo.lines(order.id, tx), repo.fulfillments(order.id, tx)])
      const units = lines.reduce((n, l) => n + l.quantity, 0)
      const fulfilmentLines = await repo.fulfillmentLines(
        fulfilments.map((f) => f.id),
        tx,
      )
      const status = deriveFulfillmentStatus(
        units,
        fulfilments.map((f) => ({
          state: f.status,
          units: fulfilmentLines.filter((l) => l.fulfillment_id === f.id).reduce((n, l) => n + l.quantity, 0),
        })),
        order.status === 'canceled',
      )
      return move(tx, order, { fulfillment_status: status }, actor, reason)
    },

    /**
     * Cancels orders still waiting for payment past the deadline (an abandoned 3-D Secure challenge, a
     * crash between commit and authorization): their stock and promotion uses go back. Returns how many.
     */
    async expirePending(olderThanMs: number, batch = 100): Promise<number> {
      const stale = await repo.stalePending(new Date(Date.now() - olderThanMs), batch)
      let expired = 0
      for (const { id } of stale) {
        try {
          const done = await repo.db.transaction().execute(async (tx) => {
            const order = await lock(id, tx)
            if (order.status !== 'pending') return false
            await abandonUnpaid(tx, order, 'payment not completed in time', 'system')
            return true
          })
          if (!done) continue
          expired++
          // A challenge left open, or an authorization that arrived: nothing may stay held on the card.
          for (const payment of await payments.listForOrder(id))
            if (['authorized', 'requires_action', 'pending'].includes(payment.status) && payment.capturedAmount === 0)
              await payments.voidPayment(payment.id, 'system').catch((error: unknown) => log.error({ err: error }, 'void failed'))
        } catch (error) {
          // One order that cannot be expired now (a lock conflict, a deadlock victim) must not stop the batch.
          log.error({ err: error, orderId: id }, 'expiring an unpaid order failed; it is retried on the next run')
        }
      }
      return expired
    },

    /**
     * The card could not be asked at all (the processor is down or answered garbage): the placement
     * is undone (stock, promotion uses, cart back), so the shopper can simply try again.
     */
    async abandonUnauthorized(orderId: string) {
      await repo.db.transaction().execute(async (tx) => {
        const order = await lock(orderId, tx)
        if (order.status === 'pending') await abandonUnpaid(tx, order, 'payment could not be authorized', 'system')
      })
    },
  }
}

export type OrderService = ReturnType<typeof createOrderService>
