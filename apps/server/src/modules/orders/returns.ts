import { newId } from '../../platform/ids.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { Db } from '../../platform/db/database.js'
import type { InventoryService } from '../inventory/service.js'
import type { OrderRepo } from './repo.js'
import type { OrderService } from './service.js'
import type { OrderPayments } from './payments-port.js'
import { assertMove } from './state-machine.js'

export interface ReturnInput {
  items: { lineId: string; quantity: number }[]
  reason?: string
  restock?: boolean
}

/** What `quantity` of a line's units cost the shopper: its total shared per unit, half up, in integers only. */
export const unitShare = (lineTotal: number, lineQuantity: number, quantity: number) =>
  Math.floor((2 * lineTotal * quantity + lineQuantity) / (2 * lineQuantity))

/**
 * Returns: requested (by the shopper or staff) for units that were fulfilled, received by the
 * warehouse (restocked if they can be sold again), then refunded through the order's payment.
 */
export function createReturnService(deps: { repo: OrderRepo; orders: OrderService; inventory: InventoryService; payments: OrderPayments }) {
  const { repo, orders, inventory, payments } = deps

  async function note(tx: Db, orderId: string, to: string, actor: string, reason: string) {
    await repo.insertHistory([{ id: newId('ohis'), order_id: orderId, field: 'return', from_value: null, to_value: to, actor, reason }], tx)
  }

  /** Units per line in parcels that have shipped or been delivered. */
  async function shippedUnits(orderId: string, tx: Db) {
    const gone = (await repo.fulfillments(orderId, tx)).filter((f) => f.status === 'shipped' || f.status === 'delivered')
    const units = new Map<string, number>()
    for (const item of await repo.fulfillmentLines(
      gone.map((f) => f.id),
      tx,
    ))
      units.set(item.order_line_id, (units.get(item.order_line_id) ?? 0) + item.quantity)
    return units
  }

  async function find(orderId: string, returnId: string, tx: Db) {
    const found = await repo.findReturn(orderId, returnId, tx)
    if (!found) throw notFound('return', returnId)
    return found
  }

  return {
    async request(orderId: string, input: ReturnInput, actor: string): Promise<string> {
      return repo.db.transaction().execute(async (tx) => {
        const order = await orders.lock(orderId, tx)
        if (order.status === 'canceled') throw conflict('A canceled order has nothing to return')
        const lines = new Map((await repo.lines(orderId, tx)).map((l) => [l.id, l]))
        const open = await repo.returnUnitsByLine(orderId, 'requested', tx)
        const shipped = await shippedUnits(orderId, tx)
        const seen = new Set<string>()
        for (const [i, item] of input.items.entries()) {
          const line = lines.get(item.lineId)
          if (!line) throw invalid(`/body/items/${i}/lineId`, 'is not a line of this order')
          if (seen.has(item.lineId)) throw invalid(`/body/items/${i}/lineId`, 'is listed twice')
          seen.add(item.lineId)
          // Only what left the warehouse can come back; a packed parcel is unpacked, not returned.
          const returnable = (shipped.get(line.id) ?? 0) - line.returned_quantity - (open.get(line.id) ?? 0)
          if (item.quantity > returnable)
            throw invalid(`/body/items/${i}/quantity`, `only ${Math.max(0, returnable)} shipped unit(s) of this line can be returned`)
        }
        const id = newId('ret')
        await repo.insertReturn(
          {
            id,
            order_id: orderId,
            status: 'requested',
            reason: input.reason ?? null,
            restock: input.restock ?? true,
            refund_amount: null,
            requested_by: actor,
            received_at: null,
            refunded_at: null,
          },
          input.items.map((item) => ({ return_id: id, order_line_id: item.lineId, quantity: item.quantity })),
          tx,
        )
        await note(tx, orderId, 'requested', actor, `${id}${input.reason ? `: ${input.reason}` : ''}`)
        return id
      })
    },

    async receive(orderId: string, returnId: string, actor: string) {
      await repo.db.transaction().execute(async (tx) => {
        await orders.lock(orderId, tx)
        const found = await find(orderId, returnId, tx)
        assertMove('return', found.status, 'received')
        const lines = new Map((await repo.lines(orderId, tx)).map((l) => [l.id, l]))
        const back: { variantId: string; quantity: number }[] = []
        for (const item of await repo.returnLines([returnId], tx)) {
          if (!(await repo.addReturned(item.order_line_id, item.quantity, tx)))
            throw conflict('More units would be returned than were fulfilled')
          const variantId = lines.get(item.order_line_id)?.variant_id
          if (variantId) back.push({ variantId, quantity: item.quantity })
        }
        if (found.restock) await inventory.restock(tx, back, 'return', { reference: orderId, actor })
        await repo.updateReturn(returnId, { status: 'received', received_at: new Date() }, tx)
        await note(tx, orderId, 'received', actor, `${returnId}${found.restock ? ', restocked' : ''}`)
      })
      return orders.view(orderId, 'admin')
    },

    /**
     * Refunds a received return: by default what its units cost, shipping excluded. The return is marked
     * refunded first (so two racing calls cannot both pay out) and set back if the payment refuses.
     */
    async refund(orderId: string, returnId: string, amount: number | undefined, actor: string) {
      const refundAmount = await repo.db.transaction().execute(async (tx) => {
        await orders.lock(orderId, tx)
        const found = await find(orderId, returnId, tx)
        assertMove('return', found.status, 'refunded')
        const lines = new Map((await repo.lines(orderId, tx)).map((l) => [l.id, l]))
        const refundedBefore = await repo.returnUnitsByLine(orderId, 'refunded', tx)
        // Each unit's share is taken from what is left of the line, so several returns of one line
        // never pay out more than the line cost (1086 + 1086 for a line of 2171 would).
        const worth = (await repo.returnLines([returnId], tx)).reduce((sum, item) => {
          const line = lines.get(item.order_line_id)!
          const before = refundedBefore.get(item.order_line_id) ?? 0
          return sum + unitShare(line.total, line.quantity, before + item.quantity) - unitShare(line.total, line.quantity, before)
        }, 0)
        const chosen = amount ?? worth
        await repo.updateReturn(returnId, { status: 'refunded', refund_amount: chosen, refunded_at: new Date() }, tx)
        await note(tx, orderId, 'refunded', actor, `${returnId}: ${chosen}`)
        return chosen
      })
      if (refundAmount > 0) {
        try {
          const payment = (await payments.listForOrder(orderId)).filter((p) => p.status !== 'failed').at(-1)
          if (!payment) throw conflict('This order has no payment to refund')
          await payments.refund(payment.id, refundAmount, `return ${returnId}`, actor)
        } catch (error) {
          await repo.db.transaction().execute(async (tx) => {
            await repo.updateReturn(returnId, { status: 'received', refund_amount: null, refunded_at: null }, tx)
            await note(tx, orderId, 'received', actor, `${returnId}: refund not made`)
          })
          throw error
        }
      }
      return orders.view(orderId, 'admin')
    },

    async cancel(orderId: string, returnId: string, actor: string) {
      await repo.db.transaction().execute(async (tx) => {
        await orders.lock(orderId, tx)
        const found = await find(orderId, returnId, tx)
        assertMove('return', found.status, 'canceled')
        await repo.updateReturn(returnId, { status: 'canceled' }, tx)
        await note(tx, orderId, 'canceled', actor, returnId)
      })
      return orders.view(orderId, 'admin')
    },
  }
}

export type ReturnService = ReturnType<typeof createReturnService>
