import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import { Problem } from '../../problems.js'

export interface StockLine {
  variantId: string
  quantity: number
}

export interface StockChange {
  variant_id: string
  location_id: string
  on_hand: number
  reserved: number
}

/**
 * The stock rules, each one conditional UPDATE that either applies whole or not at all, so two
 * checkouts racing for the last unit cannot both win: PostgreSQL re-checks the WHERE clause on
 * the row it locks, never a value read earlier.
 */
export function createStockLedger(db: Db) {
  async function record(
    tx: Db,
    change: StockChange,
    deltas: { onHand: number; reserved: number },
    reason: string,
    meta: { reference?: string; actor?: string; note?: string },
  ) {
    await tx
      .insertInto('inventory_movement')
      .values({
        id: newId('mov'),
        variant_id: change.variant_id,
        location_id: change.location_id,
        on_hand_delta: deltas.onHand,
        reserved_delta: deltas.reserved,
        reason,
        note: meta.note ?? null,
        reference: meta.reference ?? null,
        actor: meta.actor ?? null,
      })
      .execute()
  }

  return {
    /** Holds units for a checkout: succeeds only while on_hand − reserved covers the quantity, or backorders are allowed. */
    async reserve(tx: Db, locationId: string, line: StockLine, meta: { reference?: string }): Promise<StockChange | undefined> {
      // The conditional update and its movement in one statement: checkout's hottest path.
      return (
        await sql<StockChange>`
          with changed as (
            update inventory_level set reserved = reserved + ${line.quantity}, updated_at = now()
            where variant_id = ${line.variantId} and location_id = ${locationId}
              and (on_hand - reserved >= ${line.quantity} or allow_backorder)
            returning variant_id, location_id, on_hand, reserved
          ), moved as (
            insert into inventory_movement (id, variant_id, location_id, on_hand_delta, reserved_delta, reason, reference)
            select ${newId('mov')}, variant_id, location_id, 0, ${line.quantity}, 'reservation', ${meta.reference ?? null} from changed
          )
          select variant_id, location_id, on_hand, reserved from changed`.execute(tx)
      ).rows[0]
    },

    /** Gives held units back (cancellation, failed payment, expiry). */
    async release(tx: Db, locationId: string, line: StockLine, meta: { reference?: string }): Promise<StockChange> {
      const row = (
        await sql<StockChange>`
          update inventory_level set reserved = reserved - ${line.quantity}, updated_at = now()
          where variant_id = ${line.variantId} and location_id = ${locationId} and reserved >= ${line.quantity}
          returning variant_id, location_id, on_hand, reserved`.execute(tx)
      ).rows[0]
      if (!row) throw new Error(`release of ${line.quantity} × ${line.variantId} exceeds what is reserved`)
      await record(tx, row, { onHand: 0, reserved: -line.quantity }, 'release', meta)
      return row
    },

    /** Reserved units leave the warehouse (a fulfilment was packed): both counts drop together. */
    async sell(tx: Db, locationId: string, line: StockLine, meta: { reference?: string; actor?: string }): Promise<StockChange> {
      const row = (
        await sql<StockChange>`
          update inventory_level set on_hand = on_hand - ${line.quantity}, reserved = reserved - ${line.quantity}, updated_at = now()
          where variant_id = ${line.variantId} and location_id = ${locationId}
            and reserved >= ${line.quantity} and on_hand >= ${line.quantity}
          returning variant_id, location_id, on_hand, reserved`.execute(tx)
      ).rows[0]
      // Backordered units are sold but not yet on the shelf: they cannot be packed until stock arrives.
      if (!row)
        throw new Problem({
          type: 'out-of-stock',
          detail: `Not enough units of ${line.variantId} on hand to pack ${line.quantity}; receive stock first`,
          errors: [{ pointer: '/body/items', detail: `${line.variantId} is backordered` }],
        })
      await record(tx, row, { onHand: -line.quantity, reserved: -line.quantity }, 'sale', meta)
      return row
    },

    /** Units come back on the shelf (a return received, a packed parcel unpacked). */
    async restock(
      tx: Db,
      locationId: string,
      line: StockLine,
      reason: string,
      meta: { reference?: string; actor?: string },
    ): Promise<StockChange | undefined> {
      const row = (
        await sql<StockChange>`
          update inventory_level set on_hand = on_hand + ${line.quantity}, updated_at = now()
          where variant_id = ${line.variantId} and location_id = ${locationId}
          returning variant_id, location_id, on_hand, reserved`.execute(tx)
      ).rows[0]
      if (row) await record(tx, row, { onHand: line.quantity, reserved: 0 }, reason, meta)
      return row
    },

    /** Staff adjustment of on-hand, never below what is reserved. */
    async adjust(
      tx: Db,
      locationId: string,
      variantId: string,
      delta: number,
      meta: { reason: string; note?: string; actor?: string },
    ): Promise<StockChange> {
      // Receiving stock at a location the variant has never been stocked at opens its record there.
      if (delta > 0)
        await sql`
          insert into inventory_level (variant_id, location_id)
          select v.id, l.id from variant v, stock_location l where v.id = ${variantId} and l.id = ${locationId}
          on conflict do nothing`.execute(tx)
      const row = (
        await sql<StockChange>`
          update inventory_level set on_hand = on_hand + ${delta}, updated_at = now()
          where variant_id = ${variantId} and location_id = ${locationId}
            and on_hand + ${delta} >= 0 and (on_hand + ${delta} >= reserved or allow_backorder)
          returning variant_id, location_id, on_hand, reserved`.execute(tx)
      ).rows[0]
      if (!row) {
        const exists = await tx
          .selectFrom('inventory_level')
          .select('variant_id')
          .where('variant_id', '=', variantId)
          .where('location_id', '=', locationId)
          .executeTakeFirst()
        if (!exists) throw new Problem({ type: 'not-found', detail: `No stock record for ${variantId} at ${locationId}` })
        throw new Problem({
          type: 'conflict',
          detail: 'The adjustment would leave fewer units on hand than are reserved',
          errors: [{ pointer: '/body/delta', detail: 'too large a decrease' }],
        })
      }
      await record(tx, row, { onHand: delta, reserved: 0 }, meta.reason, meta)
      return row
    },

    /** Lets a variant sell past its stock at a location, or stops it (refused while it is oversold). */
    async setBackorder(tx: Db, locationId: string, variantId: string, allowed: boolean) {
      const row = (
        await sql<StockChange & { allow_backorder: boolean }>`
          update inventory_level set allow_backorder = ${allowed}, updated_at = now()
          where variant_id = ${variantId} and location_id = ${locationId} and (${allowed} or reserved <= on_hand)
          returning variant_id, location_id, on_hand, reserved, allow_backorder`.execute(tx)
      ).rows[0]
      return row
    },

    listMovements: (variantId: string, limit: number, before: string | undefined) =>
      db
        .selectFrom('inventory_movement')
        .selectAll()
        .where('variant_id', '=', variantId)
        .$if(before !== undefined, (q) => q.where('id', '<', before!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute(),
  }
}

export type StockLedger = ReturnType<typeof createStockLedger>
