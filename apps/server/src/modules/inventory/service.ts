import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'

export const DEFAULT_LOCATION_ID = 'loc_default'

/**
 * Stock per variant per location. This first slice sets on-hand counts and reports availability;
 * reservations and movements arrive with checkout.
 */
/** Payload of `inventory.updated` (version 1): the new stock of one variant at one location. */
export interface InventoryUpdatedV1 {
  variantId: string
  locationId: string
  onHand: number
  reserved: number
  available: number
}

export function createInventoryService(deps: { db: Db; outbox: Outbox }) {
  const { db, outbox } = deps

  /** Emits inventory.updated for the rows just written, in the same transaction. */
  async function announce(tx: Db, rows: { variant_id: string; location_id: string; on_hand: number; reserved: number }[]) {
    for (const row of rows)
      await outbox.emit<InventoryUpdatedV1>(tx, 'inventory.updated', {
        variantId: row.variant_id,
        locationId: row.location_id,
        onHand: row.on_hand,
        reserved: row.reserved,
        available: row.on_hand - row.reserved,
      })
  }
  return {
    /**
     * Sets on-hand at a location for many variants in one statement (product writes and imports),
     * never below what is reserved, and emits inventory.updated in the caller's transaction.
     */
    async setOnHandMany(items: { variantId: string; quantity: number }[], tx: Db, locationId = DEFAULT_LOCATION_ID) {
      if (items.length === 0) return
      const rows = await tx
        .insertInto('inventory_level')
        .values(items.map((item) => ({ variant_id: item.variantId, location_id: locationId, on_hand: item.quantity })))
        .onConflict((oc) =>
          oc.columns(['variant_id', 'location_id']).doUpdateSet((eb) => ({
            on_hand: eb.fn('greatest', [eb.ref('excluded.on_hand'), eb.ref('inventory_level.reserved')]),
            updated_at: new Date(),
          })),
        )
        .returning(['variant_id', 'location_id', 'on_hand', 'reserved'])
        .execute()
      await announce(tx, rows)
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

    /** Units sellable now per variant, summed over locations. Variants without rows have 0. */
    async availability(variantIds: string[], tx: Db = db): Promise<Map<string, number>> {
      if (variantIds.length === 0) return new Map()
      const rows = await tx
        .selectFrom('inventory_level')
        .select(['variant_id', (eb) => eb.fn.sum<number>(eb('on_hand', '-', eb.ref('reserved'))).as('available')])
        .where('variant_id', 'in', variantIds)
        .groupBy('variant_id')
        .execute()
      return new Map(rows.map((row) => [row.variant_id, Number(row.available)]))
    },
  }
}

export type InventoryService = ReturnType<typeof createInventoryService>
