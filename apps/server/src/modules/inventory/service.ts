import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { Problem, notFound } from '../../problems.js'
import { newId } from '../../platform/ids.js'
import { createStockLedger, type StockChange, type StockLine } from './stock-ledger.js'

export const DEFAULT_LOCATION_ID = 'loc_default'

/** Payload of `inventory.updated` (version 1): the new stock of one variant at one location. */
export interface InventoryUpdatedV1 {
  variantId: string
  locationId: string
  onHand: number
  reserved: number
  available: number
}

/**
 * Stock per variant per location: on-hand, reserved by checkouts, and every change as a movement.
 * A checkout reserves; packing a fulfilment sells (both drop); cancellation releases; returns restock.
 */
export function createInventoryService(deps: { db: Db; outbox: Outbox }) {
  const { db, outbox } = deps
  const ledger = createStockLedger(db)

  /** Emits inventory.updated for the rows just written, in the same transaction, in one statement. */
  async function announce(tx: Db, rows: StockChange[]) {
    await outbox.emitMany<InventoryUpdatedV1>(
      tx,
      'inventory.updated',
      rows.map((row) => ({
        variantId: row.variant_id,
        locationId: row.location_id,
        onHand: row.on_hand,
        reserved: row.reserved,
        available: row.on_hand - row.reserved,
      })),
    )
  }
  return {
    /**
     * Sets on-hand at a location for many variants (product writes and imports) to the counts given.
     * A count below what is reserved is refused (409) unless the variant takes backorders there:
     * silently raising it would invent stock. Each count that changed is recorded as a 'set'
     * movement, and inventory.updated is emitted, all in the caller's transaction.
     */
    async setOnHandMany(items: { variantId: string; quantity: number }[], tx: Db, locationId = DEFAULT_LOCATION_ID, actor?: string) {
      if (items.length === 0) return
      const current = new Map(
        (
          await tx
            .selectFrom('inventory_level')
            .select(['variant_id', 'on_hand', 'reserved', 'allow_backorder'])
            .where(
              'variant_id',
              'in',
              items.map((i) => i.variantId),
            )
            .where('location_id', '=', locationId)
            .forUpdate()
            .execute()
        ).map((row) => [row.variant_id, row]),
      )
      const short = items.filter((item) => {
        const level = current.get(item.variantId)
        return level !== undefined && !level.allow_backorder && item.quantity < level.reserved
      })
      if (short.length > 0)
        throw new Problem({
          type: 'conflict',
          detail: 'Stock cannot be set below what open orders have reserved',
          errors: short.map((item) => ({
            pointer: '/body/variants',
            detail: `${item.variantId}: ${current.get(item.variantId)!.reserved} unit(s) are reserved, ${item.quantity} given`,
          })),
        })
      const before = new Map([...current].map(([id, level]) => [id, level.on_hand]))
      const rows = await tx
        .insertInto('inventory_level')
        .values(items.map((item) => ({ variant_id: item.variantId, location_id: locationId, on_hand: item.quantity })))
        .onConflict((oc) =>
          oc.columns(['variant_id', 'location_id']).doUpdateSet((eb) => ({ on_hand: eb.ref('excluded.on_hand'), updated_at: new Date() })),
        )
        .returning(['variant_id', 'location_id', 'on_hand', 'reserved'])
        .execute()
      const moved = rows.filter((row) => row.on_hand !== (before.get(row.variant_id) ?? 0))
      if (moved.length > 0)
        await tx
          .insertInto('inventory_movement')
          .values(
            moved.map((row) => ({
              id: newId('mov'),
              variant_id: row.variant_id,
              location_id: row.location_id,
              on_hand_delta: row.on_hand - (before.get(row.variant_id) ?? 0),
              reserved_delta: 0,
              reason: 'set',
              note: null,
              reference: null,
              actor: actor ?? null,
            })),
          )
          .execute()
      await announce(tx, rows)
    },

    /**
     * Reserves every line or none: called inside the checkout's transaction, a short line throws
     * 409 out-of-stock and the caller's rollback undoes the lines reserved before it. Lines are
     * taken in variant-id order so two carts holding the same variants cannot deadlock.
     */
    async reserve(tx: Db, lines: StockLine[], meta: { reference?: string } = {}, locationId = DEFAULT_LOCATION_ID) {
      const ordered = [...lines].map((line, index) => ({ line, index })).sort((a, b) => a.line.variantId.localeCompare(b.line.variantId))
      const changed: StockChange[] = []
      const short: { pointer: string; detail: string }[] = []
      for (const { line, index } of ordered) {
        const change = await ledger.reserve(tx, locationId, line, meta)
        if (change) changed.push(change)
        else short.push({ pointer: `/items/${index}/quantity`, detail: `not enough stock of ${line.variantId} for ${line.quantity}` })
      }
      if (short.length > 0)
        throw new Problem({
          type: 'out-of-stock',
          detail: `${short.length} item(s) cannot be reserved`,
          errors: short.sort((a, b) => a.pointer.localeCompare(b.pointer)),
        })
      await announce(tx, changed)
    },

    /** Releases reserved units (cancellation, failed payment, expired reservation). */
    async release(tx: Db, lines: StockLine[], meta: { reference?: string } = {}, locationId = DEFAULT_LOCATION_ID) {
      const changed: StockChange[] = []
      for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId)))
        changed.push(await ledger.release(tx, locationId, line, meta))
      await announce(tx, changed)
    },

    /** Reserved units leave with a fulfilment: on-hand and reserved drop together, as a sale. */
    async sell(tx: Db, lines: StockLine[], meta: { reference?: string; actor?: string } = {}, locationId = DEFAULT_LOCATION_ID) {
      const changed: StockChange[] = []
      for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId)))
        changed.push(await ledger.sell(tx, locationId, line, meta))
      await announce(tx, changed)
    },

    /** Units back on the shelf (return received, parcel unpacked); variants deleted since are skipped. */
    async restock(
      tx: Db,
      lines: StockLine[],
      reason: string,
      meta: { reference?: string; actor?: string } = {},
      locationId = DEFAULT_LOCATION_ID,
    ) {
      const changed: StockChange[] = []
      for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
        const change = await ledger.restock(tx, locationId, line, reason, meta)
        if (change) changed.push(change)
      }
      await announce(tx, changed)
    },

    /** A staff adjustment with its reason, recorded as a movement. */
    async adjust(input: { variantId: string; locationId?: string; delta: number; reason: string; note?: string; actor: string }) {
      return db.transaction().execute(async (tx) => {
        const change = await ledger.adjust(tx, input.locationId ?? DEFAULT_LOCATION_ID, input.variantId, input.delta, input)
        await announce(tx, [change])
        return {
          variantId: change.variant_id,
          locationId: change.location_id,
          onHand: change.on_hand,
          reserved: change.reserved,
          available: change.on_hand - change.reserved,
        }
      })
    },

    /** Allows or stops backorders for a variant at a location; stopping is refused while more is reserved than on hand. */
    async setBackorder(input: { variantId: string; locationId?: string; allowed: boolean }) {
      const locationId = input.locationId ?? DEFAULT_LOCATION_ID
      return db.transaction().execute(async (tx) => {
        const row = await ledger.setBackorder(tx, locationId, input.variantId, input.allowed)
        if (row) {
          // Whether the variant can be sold changed, as surely as a stock count would: say so.
          await announce(tx, [row])
          return { variantId: row.variant_id, locationId: row.location_id, allowBackorder: row.allow_backorder }
        }
        const exists = await tx
          .selectFrom('inventory_level')
          .select('variant_id')
          .where('variant_id', '=', input.variantId)
          .where('location_id', '=', locationId)
          .executeTakeFirst()
        if (!exists) throw notFound('stock record for variant', input.variantId)
        throw new Problem({ type: 'conflict', detail: 'More units are reserved than on hand: receive stock before stopping backorders' })
      })
    },

    /** Stock levels of a variant per location, and its movement history newest first. */
    async stockOf(variantId: string, limit: number, cursor?: string) {
      const levels = await db.selectFrom('inventory_level').selectAll().where('variant_id', '=', variantId).orderBy('location_id').execute()
      if (levels.length === 0) throw notFound('stock record for variant', variantId)
      const before = decodeCursor(cursor, 1)?.[0] as string | undefined
      const movements = pageFrom(
        await ledger.listMovements(variantId, limit, before),
        limit,
        (m) => ({
          id: m.id,
          locationId: m.location_id,
          onHandDelta: m.on_hand_delta,
          reservedDelta: m.reserved_delta,
          reason: m.reason,
          note: m.note,
          reference: m.reference,
          actor: m.actor,
          at: m.created_at.toISOString(),
        }),
        (m) => [m.id],
      )
      return {
        levels: levels.map((l) => ({
          locationId: l.location_id,
          onHand: l.on_hand,
          reserved: l.reserved,
          available: l.on_hand - l.reserved,
          allowBackorder: l.allow_backorder,
        })),
        movements,
      }
    },

    /** On-hand at the default location per variant: what an export writes as "Variant Inventory Qty". */
    async onHand(variantIds: string[], tx: Db = db, locationId = DEFAULT_LOCATION_ID): Promise<Map<string, number>> {
      if (variantIds.length === 0) return new Map()
      const rows = await tx
        .selectFrom('inventory_level')
        .select(['variant_id', 'on_hand'])
        .where('variant_id', 'in', variantIds)
        .where('location_id', '=', locationId)
        .execute()
      return new Map(rows.map((row) => [row.variant_id, row.on_hand]))
    },

    /** Variants that can be sold now: units available at some location, or backorders allowed there. */
    async sellableVariants(variantIds: string[], tx: Db = db): Promise<Set<string>> {
      if (variantIds.length === 0) return new Set()
      const rows = await tx
        .selectFrom('inventory_level')
        .select('variant_id')
        .distinct()
        .where('variant_id', 'in', variantIds)
        .where((eb) => eb.or([eb('allow_backorder', '=', true), eb('on_hand', '>', eb.ref('reserved'))]))
        .execute()
      return new Set(rows.map((r) => r.variant_id))
    },

    /** Units sellable now per variant, summed over locations. Variants without rows have 0. */
    async availability(variantIds: string[], tx: Db = db): Promise<Map<string, number>> {
      if (variantIds.length === 0) return new Map()
      const rows = await tx
        .selectFrom('inventory_level')
        // Oversold backorder stock counts as none available, not as a debt other locations pay.
        .select([
          'variant_id',
          (eb) => eb.fn.sum<number>(eb.fn('greatest', [eb('on_hand', '-', eb.ref('reserved')), eb.lit(0)])).as('available'),
        ])
        .where('variant_id', 'in', variantIds)
        .groupBy('variant_id')
        .execute()
      return new Map(rows.map((row) => [row.variant_id, Number(row.available)]))
    },
  }
}

export type InventoryService = ReturnType<typeof createInventoryService>
