import type { Db } from '../../platform/db/database.js'
import type { TaxClass, WeightTier } from './tables.js'

interface ShippingOptionRow {
  id: string
  region_id: string
  name: string
  kind: 'flat' | 'weight'
  amount: number | null
  tiers: WeightTier[] | null
  free_above: number | null
  min_days: number
  max_days: number
}

export function createRegionRepo(db: Db) {
  return {
    db,
    listRegions: (tx: Db = db) => tx.selectFrom('region').selectAll().orderBy('name').limit(200).execute(),
    findRegion: (id: string, tx: Db = db) => tx.selectFrom('region').selectAll().where('id', '=', id).executeTakeFirst(),
    findRegionByHandle: (handle: string, tx: Db = db) =>
      tx.selectFrom('region').select('id').where('handle', '=', handle).executeTakeFirst(),
    countriesOf: (regionIds: string[], tx: Db = db) =>
      regionIds.length
        ? tx.selectFrom('region_country').selectAll().where('region_id', 'in', regionIds).orderBy('country_code').execute()
        : Promise.resolve([]),
    overridesOf: (regionIds: string[], tx: Db = db) =>
      regionIds.length
        ? tx.selectFrom('region_tax_override').selectAll().where('region_id', 'in', regionIds).orderBy('country_code').execute()
        : Promise.resolve([]),
    /** Countries already claimed by a region other than `exceptRegionId`. */
    claimedCountries: (countries: string[], exceptRegionId: string | null, tx: Db = db) =>
      tx
        .selectFrom('region_country')
        .selectAll()
        .where('country_code', 'in', countries)
        .$if(exceptRegionId !== null, (q) => q.where('region_id', '!=', exceptRegionId!))
        .execute(),
    insertRegion: (
      row: {
        id: string
        handle: string
        name: string
        currency: string
        prices_include_tax: boolean
        tax_standard_bp: number
        tax_reduced_bp: number
        tax_zero_bp: number
      },
      tx: Db = db,
    ) => tx.insertInto('region').values(row).execute(),
    updateRegion: (
      id: string,
      patch: Partial<{
        handle: string
        name: string
        currency: string
        prices_include_tax: boolean
        tax_standard_bp: number
        tax_reduced_bp: number
        tax_zero_bp: number
      }>,
      tx: Db = db,
    ) =>
      tx
        .updateTable('region')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    replaceCountries: async (regionId: string, countries: string[], tx: Db = db) => {
      await tx.deleteFrom('region_country').where('region_id', '=', regionId).execute()
      await tx
        .insertInto('region_country')
        .values(countries.map((country_code) => ({ country_code, region_id: regionId })))
        .execute()
    },
    replaceOverrides: async (regionId: string, overrides: { country: string; taxClass: TaxClass; rate: number }[], tx: Db = db) => {
      await tx.deleteFrom('region_tax_override').where('region_id', '=', regionId).execute()
      if (overrides.length > 0)
        await tx
          .insertInto('region_tax_override')
          .values(overrides.map((o) => ({ region_id: regionId, country_code: o.country, tax_class: o.taxClass, rate_bp: o.rate })))
          .execute()
    },
    insertShippingOption: (row: ShippingOptionRow, tx: Db = db) =>
      tx
        .insertInto('shipping_option')
        .values({ ...row, tiers: row.tiers ? JSON.stringify(row.tiers) : null })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** A region's option that is still offered. */
    findShippingOption: (regionId: string, optionId: string, tx: Db = db) =>
      tx
        .selectFrom('shipping_option')
        .selectAll()
        .where('id', '=', optionId)
        .where('region_id', '=', regionId)
        .where('active', '=', true)
        .executeTakeFirst(),
    updateShippingOption: (id: string, row: Omit<ShippingOptionRow, 'id' | 'region_id'>, tx: Db = db) =>
      tx
        .updateTable('shipping_option')
        .set({ ...row, tiers: row.tiers ? JSON.stringify(row.tiers) : null })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** Stops offering an option; the row stays, since carts and orders name it. */
    retireShippingOption: (id: string, tx: Db = db) =>
      tx.updateTable('shipping_option').set({ active: false }).where('id', '=', id).where('active', '=', true).executeTakeFirst(),
    listAllShippingOptions: (tx: Db = db) =>
      tx.selectFrom('shipping_option').selectAll().orderBy('region_id').orderBy('name').orderBy('id').limit(10_000).execute(),
    listShippingOptions: (regionId: string, tx: Db = db) =>
      tx
        .selectFrom('shipping_option')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('active', '=', true)
        .orderBy('created_at')
        .limit(100)
        .execute(),
  }
}

export type RegionRepo = ReturnType<typeof createRegionRepo>
