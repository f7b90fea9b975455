import type { Db } from '../../platform/db/database.js'

export const DEFAULT_LOCATION_ID = 'loc_default'

/**
 * Stock per variant per location. This first slice sets on-hand counts and reports availability;
 * reservations and movements arrive with checkout.
 */
export function createInventoryService(deps: { db: Db }) {
  const { db } = deps
  return {
    /** Sets on-hand at a location (create and import). Never below what is reserved. */
    async setOnHand(variantId: string, quantity: number, tx: Db = db, locationId = DEFAULT_LOCATION_ID) {
      await tx
        .insertInto('inventory_level')
        .values({ variant_id: variantId, location_id: locationId, on_hand: quantity })
        .onConflict((oc) =>
          oc.columns(['variant_id', 'location_id']).doUpdateSet((eb) => ({
            on_hand: eb.fn('greatest', [eb.val(quantity), eb.ref('inventory_level.reserved')]),
            updated_at: new Date(),
          })),
        )
        .execute()
    },

    /** setOnHand for many variants in one statement (product writes and imports). */
    async setOnHandMany(items: { variantId: string; quantity: number }[], tx: Db = db, locationId = DEFAULT_LOCATION_ID) {
      if (items.length === 0) return
      await tx
        .insertInto('inventory_level')
        .values(items.map((item) => ({ variant_id: item.variantId, location_id: locationId, on_hand: item.quantity })))
        .onConflict((oc) =>
          oc.columns(['variant_id', 'location_id']).doUpdateSet((eb) => ({
            on_hand: eb.fn('greatest', [eb.ref('excluded.on_hand'), eb.ref('inventory_level.reserved')]),
            updated_at: new Date(),
          })),
        )
        .execute()
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
