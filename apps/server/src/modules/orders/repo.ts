import { sql, type Insertable, type Updateable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { OrderTables } from './tables.js'

export interface AdminOrderFilters {
  status?: string
  paymentStatus?: string
  fulfillmentStatus?: string
  customerId?: string
  email?: string
  placedFrom?: string
  placedTo?: string
  totalMin?: number
  totalMax?: number
  number?: number
  currency?: string
}

export function createOrderRepo(db: Db) {
  return {
    db,

    insertOrder: (row: Insertable<OrderTables['orders']>, tx: Db) =>
      tx.insertInto('orders').values(row).returning('number').executeTakeFirstOrThrow(),
    insertLines: (rows: Insertable<OrderTables['order_line']>[], tx: Db) => tx.insertInto('order_line').values(rows).execute(),
    insertHistory: (rows: Insertable<OrderTables['order_history']>[], tx: Db) =>
      rows.length ? tx.insertInto('order_history').values(rows).execute() : Promise.resolve([]),

    findOrder: (id: string, tx: Db = db, forUpdate = false) =>
      tx
        .selectFrom('orders')
        .selectAll()
        .where('id', '=', id)
        .$if(forUpdate, (q) => q.forUpdate())
        .executeTakeFirst(),

    updateOrder: (id: string, patch: Updateable<OrderTables['orders']>, tx: Db) =>
      tx
        .updateTable('orders')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),

    lines: (orderId: string, tx: Db = db) =>
      tx.selectFrom('order_line').selectAll().where('order_id', '=', orderId).orderBy('position').execute(),
    history: (orderId: string, tx: Db = db) =>
      tx.selectFrom('order_history').selectAll().where('order_id', '=', orderId).orderBy('seq').limit(1000).execute(),
    fulfillments: (orderId: string, tx: Db = db) =>
      tx.selectFrom('fulfillment').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute(),
    fulfillmentLines: (fulfillmentIds: string[], tx: Db = db) =>
      fulfillmentIds.length
        ? tx.selectFrom('fulfillment_line').selectAll().where('fulfillment_id', 'in', fulfillmentIds).execute()
        : Promise.resolve([]),
    returns: (orderId: string, tx: Db = db) =>
      tx.selectFrom('order_return').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute(),
    returnLines: (returnIds: string[], tx: Db = db) =>
      returnIds.length ? tx.selectFrom('return_line').selectAll().where('return_id', 'in', returnIds).execute() : Promise.resolve([]),

    insertFulfillment: (row: Insertable<OrderTables['fulfillment']>, lines: OrderTables['fulfillment_line'][], tx: Db) =>
      tx
        .insertInto('fulfillment')
        .values(row)
        .execute()
        .then(() => tx.insertInto('fulfillment_line').values(lines).execute()),
    findFulfillment: (orderId: string, id: string, tx: Db) =>
      tx.selectFrom('fulfillment').selectAll().where('order_id', '=', orderId).where('id', '=', id).forUpdate().executeTakeFirst(),
    updateFulfillment: (id: string, patch: Updateable<OrderTables['fulfillment']>, tx: Db) =>
      tx.updateTable('fulfillment').set(patch).where('id', '=', id).execute(),

    /** Counts units as packed unless that would pack more than were ordered: the line's check is the guard. */
    addFulfilled: async (lineId: string, quantity: number, tx: Db) =>
      (
        await sql<{ id: string }>`
          update order_line set fulfilled_quantity = fulfilled_quantity + ${quantity}
          where id = ${lineId} and fulfilled_quantity + ${quantity} <= quantity returning id`.execute(tx)
      ).rows.length === 1,

    addReturned: async (lineId: string, quantity: number, tx: Db) =>
      (
        await sql<{ id: string }>`
          update order_line set returned_quantity = returned_quantity + ${quantity}
          where id = ${lineId} and returned_quantity + ${quantity} <= fulfilled_quantity returning id`.execute(tx)
      ).rows.length === 1,

    insertReturn: (row: Insertable<OrderTables['order_return']>, lines: OrderTables['return_line'][], tx: Db) =>
      tx
        .insertInto('order_return')
        .values(row)
        .execute()
        .then(() => tx.insertInto('return_line').values(lines).execute()),
    findReturn: (orderId: string, id: string, tx: Db) =>
      tx.selectFrom('order_return').selectAll().where('order_id', '=', orderId).where('id', '=', id).forUpdate().executeTakeFirst(),
    updateReturn: (id: string, patch: Updateable<OrderTables['order_return']>, tx: Db) =>
      tx.updateTable('order_return').set(patch).where('id', '=', id).execute(),

    /**
     * Units per line in this order's returns of one status: 'requested' ones cannot be asked for twice,
     * 'refunded' ones share out what is left of a line to later refunds.
     */
    returnUnitsByLine: async (orderId: string, status: 'requested' | 'refunded', tx: Db) =>
      new Map(
        (
          await tx
            .selectFrom('return_line')
            .innerJoin('order_return', 'order_return.id', 'return_line.return_id')
            .select(['return_line.order_line_id', (eb) => eb.fn.sum<number>('return_line.quantity').as('units')])
            .where('order_return.order_id', '=', orderId)
            .where('order_return.status', '=', status)
            .groupBy('return_line.order_line_id')
            .execute()
        ).map((row) => [row.order_line_id, Number(row.units)]),
      ),

    /** Units sold per product by orders that were not cancelled: what "bestselling" ranks by. */
    unitsSold: async (productIds: string[]) =>
      productIds.length === 0
        ? new Map<string, number>()
        : new Map(
            (
              await db
                .selectFrom('order_line')
                .innerJoin('orders', 'orders.id', 'order_line.order_id')
                .select(['order_line.product_id', (eb) => eb.fn.sum<number>('order_line.quantity').as('units')])
                .where('order_line.product_id', 'in', productIds)
                .where('orders.status', '<>', 'canceled')
                .groupBy('order_line.product_id')
                .execute()
            ).map((row) => [row.product_id!, Number(row.units)]),
          ),

    listForCustomer: (customerId: string, limit: number, after: string | undefined) =>
      db
        .selectFrom('orders')
        .selectAll()
        .where('customer_id', '=', customerId)
        .$if(after !== undefined, (q) => q.where('id', '<', after!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute(),

    listAdmin: (filters: AdminOrderFilters, limit: number, after: string | undefined) =>
      db
        .selectFrom('orders')
        .selectAll()
        .$if(!!filters.status, (q) => q.where('status', '=', filters.status as never))
        .$if(!!filters.paymentStatus, (q) => q.where('payment_status', '=', filters.paymentStatus!))
        .$if(!!filters.fulfillmentStatus, (q) => q.where('fulfillment_status', '=', filters.fulfillmentStatus as never))
        .$if(!!filters.customerId, (q) => q.where('customer_id', '=', filters.customerId!))
        .$if(!!filters.email, (q) => q.where(sql<string>`lower(email)`, '=', filters.email!.toLowerCase()))
        .$if(!!filters.currency, (q) => q.where('currency', '=', filters.currency!))
        .$if(filters.number !== undefined, (q) => q.where('number', '=', filters.number!))
        .$if(!!filters.placedFrom, (q) => q.where('placed_at', '>=', new Date(filters.placedFrom!)))
        .$if(!!filters.placedTo, (q) => q.where('placed_at', '<', new Date(filters.placedTo!)))
        .$if(filters.totalMin !== undefined, (q) => q.where('total', '>=', filters.totalMin!))
        .$if(filters.totalMax !== undefined, (q) => q.where('total', '<=', filters.totalMax!))
        .$if(after !== undefined, (q) => q.where('id', '<', after!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute(),

    itemCounts: async (orderIds: string[]) =>
      new Map(
        orderIds.length === 0
          ? []
          : (
              await db
                .selectFrom('order_line')
                .select(['order_id', (eb) => eb.fn.sum<number>('quantity').as('units')])
                .where('order_id', 'in', orderIds)
                .groupBy('order_id')
                .execute()
            ).map((row) => [row.order_id, Number(row.units)]),
      ),

    /** Orders still waiting for payment past their deadline, oldest first. */
    stalePending: (placedBefore: Date, limit: number) =>
      db
        .selectFrom('orders')
        .select('id')
        .where('status', '=', 'pending')
        .where('placed_at', '<', placedBefore)
        .orderBy('placed_at')
        .limit(limit)
        .execute(),
  }
}

export type OrderRepo = ReturnType<typeof createOrderRepo>
export type OrderRow = NonNullable<Awaited<ReturnType<OrderRepo['findOrder']>>>
