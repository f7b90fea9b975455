import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { ORDER_TOPICS, type FulfillmentShippedV1 } from './events.js'
import { newId } from '../../platform/ids.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { InventoryService } from '../inventory/service.js'
import type { OrderRepo } from './repo.js'
import type { OrderService } from './service.js'
import { assertMove } from './state-machine.js'

export interface FulfillInput {
  items: { lineId: string; quantity: number }[]
  carrier?: string
  trackingNumber?: string
  trackingUrl?: string
  ship?: boolean
}

export interface ShipInput {
  carrier?: string
  trackingNumber?: string
  trackingUrl?: string
}

/**
 * Fulfilments: parcels packed from an order's lines (partially, as stock allows), then shipped with a
 * carrier and tracking number, then delivered. Packing takes the reserved units off the shelf.
 */
export function createFulfillmentService(deps: { repo: OrderRepo; orders: OrderService; inventory: InventoryService; outbox: Outbox }) {
  const { repo, orders, inventory, outbox } = deps

  /** Every parcel that leaves is announced on its own, so each one's tracking reaches the shopper. */
  const announceShipped = (tx: Db, orderId: string, fulfillmentId: string, parcel: ShipInput) =>
    outbox.emit<FulfillmentShippedV1>(tx, ORDER_TOPICS.shipped, {
      orderId,
      fulfillmentId,
      carrier: parcel.carrier ?? null,
      trackingNumber: parcel.trackingNumber ?? null,
      trackingUrl: parcel.trackingUrl ?? null,
    })

  function inTx<T>(work: (tx: Db) => Promise<T>) {
    return repo.db.transaction().execute(work)
  }

  return {
    async fulfil(orderId: string, input: FulfillInput, actor: string) {
      await inTx(async (tx) => {
        const order = await orders.lock(orderId, tx)
        if (order.status !== 'confirmed') throw conflict(`A ${order.status} order cannot be fulfilled; it must be confirmed (paid)`)
        const lines = new Map((await repo.lines(orderId, tx)).map((l) => [l.id, l]))
        const seen = new Set<string>()
        const sold: { variantId: string; quantity: number }[] = []
        for (const [i, item] of input.items.entries()) {
          const line = lines.get(item.lineId)
          if (!line) throw invalid(`/body/items/${i}/lineId`, 'is not a line of this order')
          if (seen.has(item.lineId)) throw invalid(`/body/items/${i}/lineId`, 'is listed twice')
          seen.add(item.lineId)
          if (!(await repo.addFulfilled(item.lineId, item.quantity, tx)))
            throw invalid(
              `/body/items/${i}/quantity`,
              `only ${line.quantity - line.fulfilled_quantity} unit(s) of this line are left to fulfil`,
            )
          if (line.variant_id) sold.push({ variantId: line.variant_id, quantity: item.quantity })
        }
        const id = newId('ful')
        const ship = input.ship === true
        await repo.insertFulfillment(
          {
            id,
            order_id: orderId,
            status: ship ? 'shipped' : 'packed',
            carrier: input.carrier ?? null,
            tracking_number: input.trackingNumber ?? null,
            tracking_url: input.trackingUrl ?? null,
            shipped_at: ship ? new Date() : null,
            delivered_at: null,
          },
          input.items.map((item) => ({ fulfillment_id: id, order_line_id: item.lineId, quantity: item.quantity })),
          tx,
        )
        await inventory.sell(tx, sold, { reference: orderId, actor })
        await orders.refreshFulfillment(tx, order, actor, ship ? `shipped ${describeParcel(input)}` : `packed ${id}`)
        if (ship) await announceShipped(tx, orderId, id, input)
      })
      return orders.view(orderId, 'admin')
    },

    async ship(orderId: string, fulfillmentId: string, input: ShipInput, actor: string) {
      await inTx(async (tx) => {
        const order = await orders.lock(orderId, tx)
        const fulfilment = await repo.findFulfillment(orderId, fulfillmentId, tx)
        if (!fulfilment) throw notFound('fulfillment', fulfillmentId)
        assertMove('fulfillment', fulfilment.status, 'shipped')
        await repo.updateFulfillment(
          fulfillmentId,
          {
            status: 'shipped',
            shipped_at: new Date(),
            carrier: input.carrier ?? fulfilment.carrier,
            tracking_number: input.trackingNumber ?? fulfilment.tracking_number,
            tracking_url: input.trackingUrl ?? fulfilment.tracking_url,
          },
          tx,
        )
        const parcel = { ...fulfilmentAsInput(fulfilment), ...input }
        await orders.refreshFulfillment(tx, order, actor, `shipped ${describeParcel(parcel)}`)
        await announceShipped(tx, orderId, fulfillmentId, parcel)
      })
      return orders.view(orderId, 'admin')
    },

    async deliver(orderId: string, fulfillmentId: string, actor: string) {
      await inTx(async (tx) => {
        const order = await orders.lock(orderId, tx)
        const fulfilment = await repo.findFulfillment(orderId, fulfillmentId, tx)
        if (!fulfilment) throw notFound('fulfillment', fulfillmentId)
        assertMove('fulfillment', fulfilment.status, 'delivered')
        await repo.updateFulfillment(fulfillmentId, { status: 'delivered', delivered_at: new Date() }, tx)
        await orders.refreshFulfillment(tx, order, actor, `delivered ${fulfillmentId}`)
      })
      return orders.view(orderId, 'admin')
    },

    /** Unpacks a parcel that has not shipped: its units go back on the shelf and are held for the order again. */
    async cancel(orderId: string, fulfillmentId: string, actor: string) {
      await inTx(async (tx) => {
        const order = await orders.lock(orderId, tx)
        const fulfilment = await repo.findFulfillment(orderId, fulfillmentId, tx)
        if (!fulfilment) throw notFound('fulfillment', fulfillmentId)
        assertMove('fulfillment', fulfilment.status, 'canceled')
        await repo.updateFulfillment(fulfillmentId, { status: 'canceled' }, tx)
        const lines = new Map((await repo.lines(orderId, tx)).map((l) => [l.id, l]))
        const back: { variantId: string; quantity: number }[] = []
        for (const item of await repo.fulfillmentLines([fulfillmentId], tx)) {
          await repo.addFulfilled(item.order_line_id, -item.quantity, tx)
          const variantId = lines.get(item.order_line_id)?.variant_id
          if (variantId) back.push({ variantId, quantity: item.quantity })
        }
        await inventory.restock(tx, back, 'unpacked', { reference: orderId, actor })
        await inventory.reserve(tx, back, { reference: orderId })
        await orders.refreshFulfillment(tx, order, actor, `unpacked ${fulfillmentId}`)
      })
      return orders.view(orderId, 'admin')
    },
  }
}

const fulfilmentAsInput = (f: { carrier: string | null; tracking_number: string | null; tracking_url: string | null }): ShipInput => ({
  ...(f.carrier ? { carrier: f.carrier } : {}),
  ...(f.tracking_number ? { trackingNumber: f.tracking_number } : {}),
  ...(f.tracking_url ? { trackingUrl: f.tracking_url } : {}),
})

const describeParcel = (input: ShipInput) => [input.carrier, input.trackingNumber].filter(Boolean).join(' ') || 'without tracking'

export type FulfillmentService = ReturnType<typeof createFulfillmentService>
