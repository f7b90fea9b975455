import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { sql } from 'kysely'
import { Problem, conflict, notFound } from '../../problems.js'
import { newId } from '../../platform/ids.js'
import { createStockLedger, type StockChange, type StockLine } from './stock-ledger.js'

export const DEFAULT_LOCATION_ID = 'loc_default'

const locationView = (row: { id: string; name: string; is_default: boolean }) => ({
  id: row.id,
  name: row.name,
  isDefault: row.is_default,
})

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
      const levels = await db
        .selectFrom('inventory_level')
        .innerJoin('stock_location', 'stock_location.id', 'inventory_level.location_id')
        .selectAll('inventory_level')
        .select('stock_location.name as location_name')
        .where('variant_id', '=', variantId)
        .orderBy('stock_location.is_default', 'desc')
        .orderBy('location_id')
        .execute()
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
          locationName: l.location_name,
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

    /** Variants that can be sold now: units available where online orders are served from, or backorders allowed there. */
    async sellableVariants(variantIds: string[], tx: Db = db): Promise<Set<string>> {
      if (variantIds.length === 0) return new Set()
      const rows = await tx
        .selectFrom('inventory_level')
        .select('variant_id')
        .where('variant_id', 'in', variantIds)
        .where('location_id', '=', DEFAULT_LOCATION_ID)
        .where((eb) => eb.or([eb('allow_backorder', '=', true), eb('on_hand', '>', eb.ref('reserved'))]))
        .execute()
      return new Set(rows.map((r) => r.variant_id))
    },

    /**
     * Units sellable now per variant. Checkout reserves at the default location (the one online
     * orders are served from), so that is the stock a shopper may buy; other locations' stock is
     * the merchant's to move. Variants without a row there have 0.
     */
    async availability(variantIds: string[], tx: Db = db): Promise<Map<string, number>> {
      if (variantIds.length === 0) return new Map()
      const rows = await tx
        .selectFrom('inventory_level')
        // Oversold backorder stock counts as none available, not as a negative count.
        .select(['variant_id', (eb) => eb.fn('greatest', [eb('on_hand', '-', eb.ref('reserved')), eb.lit(0)]).as('available')])
        .where('variant_id', 'in', variantIds)
        .where('location_id', '=', DEFAULT_LOCATION_ID)
        .execute()
      return new Map(rows.map((row) => [row.variant_id, Number(row.available)]))
    },

    /** Stock locations, the default (where online orders are served from) first. */
    async locations() {
      const rows = await db
        .selectFrom('stock_location')
        .selectAll()
        .orderBy('is_default', 'desc')
        .orderBy('name')
        .orderBy('id')
        .limit(500)
        .execute()
      return rows.map(locationView)
    },

    async createLocation(input: { name: string }) {
      const taken = await db
        .selectFrom('stock_location')
        .select('id')
        .where(sql`lower(name)`, '=', input.name.toLowerCase())
        .executeTakeFirst()
      if (taken) throw conflict(`A location named ${input.name} exists`, [{ pointer: '/body/name', detail: 'is taken' }])
      const row = await db
        .insertInto('stock_location')
        .values({ id: newId('loc'), name: input.name })
        .returningAll()
        .executeTakeFirstOrThrow()
      return locationView(row)
    },

    async renameLocation(id: string, input: { name: string }) {
      const taken = await db
        .selectFrom('stock_location')
        .select('id')
        .where(sql`lower(name)`, '=', input.name.toLowerCase())
        .where('id', '<>', id)
        .executeTakeFirst()
      if (taken) throw conflict(`A location named ${input.name} exists`, [{ pointer: '/body/name', detail: 'is taken' }])
      const row = await db.updateTable('stock_location').set({ name: input.name }).where('id', '=', id).returningAll().executeTakeFirst()
      if (!row) throw notFound('stock location', id)
      return locationView(row)
    },

    /**
     * Stock records, one per variant and location, with the product they belong to: a text filter
     * on SKU or product title, one location, or only those at or below a count available.
     */
    async levels(query: { q?: string; locationId?: string; availableAtMost?: number; limit: number; cursor?: string }) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined
      let select = db
        .selectFrom('inventory_level as l')
        .innerJoin('variant as v', 'v.id', 'l.variant_id')
        .innerJoin('product as p', 'p.id', 'v.product_id')
        .innerJoin('stock_location as s', 's.id', 'l.location_id')
        .select([
          'l.variant_id',
          'l.location_id',
          's.name as location_name',
          'l.on_hand',
          'l.reserved',
          'l.allow_backorder',
          'v.sku',
          'v.title as variant_title',
          'p.id as product_id',
          'p.title as product_title',
        ])
        .orderBy('l.variant_id')
        .orderBy('l.location_id')
        .limit(query.limit + 1)
      if (query.locationId) select = select.where('l.location_id', '=', query.locationId)
      if (query.availableAtMost !== undefined) select = select.where(sql`l.on_hand - l.reserved`, '<=', query.availableAtMost)
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        select = select.where((eb) => eb.or([eb('v.sku', 'ilike', like), eb('p.title', 'ilike', like)]))
      }
      if (after)
        select = select.where((eb) =>
          eb.or([eb('l.variant_id', '>', after[0]), eb.and([eb('l.variant_id', '=', after[0]), eb('l.location_id', '>', after[1])])]),
        )
      return pageFrom(
        await select.execute(),
        query.limit,
        (r) => ({
          variantId: r.variant_id,
          sku: r.sku,
          variantTitle: r.variant_title,
          productId: r.product_id,
          productTitle: r.product_title,
          locationId: r.location_id,
          locationName: r.location_name,
          onHand: r.on_hand,
          reserved: r.reserved,
          available: r.on_hand - r.reserved,
          allowBackorder: r.allow_backorder,
        }),
        (r) => [r.variant_id, r.location_id],
      )
    },
  }
}

export type InventoryService = ReturnType<typeof createInventoryService>
