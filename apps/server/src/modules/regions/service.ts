import { newId } from '../../platform/ids.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { Db } from '../../platform/db/database.js'
import type { RegionRepo } from './repo.js'
import type { Generations } from '../../platform/cache/generations.js'

const GENERATION = 'regions'
import type { RegionInput, RegionView, ShippingOptionInput, ShippingOptionPatch, ShippingOptionView } from './schemas.js'

type RegionRow = NonNullable<Awaited<ReturnType<RegionRepo['findRegion']>>>

/**
 * Regions: where a shop sells, in which currency, with which tax rates, and how it ships there.
 * Cart and order totals are always in the region's currency.
 */
export function createRegionService(deps: { repo: RegionRepo; generations: Generations }) {
  const { repo, generations } = deps

  /**
   * Every cart read and checkout prices with its region and shipping options. They change a few
   * times a year, so the pricing path reads them from a snapshot in memory, reloaded when the
   * 'regions' generation moves (each region write bumps it after commit; with Redis, every process
   * hears of it). Writes and admin reads still go to the database.
   */
  let snapshot: { generation: number; regions: Map<string, RegionView>; shipping: Map<string, ShippingOptionView[]> } | undefined

  async function pricingSnapshot(tx: Db) {
    const generation = await generations.current(GENERATION)
    if (snapshot?.generation === generation) return snapshot
    const regionViews = await views(await repo.listRegions(tx), tx)
    const options = await repo.listAllShippingOptions(tx)
    const regions = new Map(regionViews.map((r) => [r.id, r]))
    const shipping = new Map<string, ShippingOptionView[]>()
    for (const row of options) {
      const region = regions.get(row.region_id)
      if (region) shipping.set(row.region_id, [...(shipping.get(row.region_id) ?? []), toShippingView(row, region.currency)])
    }
    snapshot = { generation, regions, shipping }
    return snapshot
  }

  /** Runs a region write, then retires the pricing snapshot everywhere once it has committed. */
  async function writing<T>(work: () => Promise<T>): Promise<T> {
    const result = await work()
    await generations.bump(GENERATION)
    return result
  }

  async function views(rows: RegionRow[], tx: Db = repo.db): Promise<RegionView[]> {
    const ids = rows.map((r) => r.id)
    const [countries, overrides] = await Promise.all([repo.countriesOf(ids, tx), repo.overridesOf(ids, tx)])
    return rows.map((r) => ({
      id: r.id,
      handle: r.handle,
      name: r.name,
      currency: r.currency,
      countries: countries.filter((c) => c.region_id === r.id).map((c) => c.country_code),
      pricesIncludeTax: r.prices_include_tax,
      taxRates: { standard: r.tax_standard_bp, reduced: r.tax_reduced_bp, zero: r.tax_zero_bp },
      taxOverrides: overrides
        .filter((o) => o.region_id === r.id)
        .map((o) => ({ country: o.country_code, taxClass: o.tax_class, rate: o.rate_bp })),
    }))
  }

  /** A country sells through one region only; an override names a country of the region, once per tax class. */
  async function checkCountries(regionId: string | null, countries: string[], overrides: RegionInput['taxOverrides'], tx: Db) {
    const claimed = await repo.claimedCountries(countries, regionId, tx)
    if (claimed.length > 0)
      throw conflict(`Countries already in another region: ${claimed.map((c) => c.country_code).join(', ')}`, [
        { pointer: `/body/countries/${countries.indexOf(claimed[0]!.country_code)}`, detail: 'belongs to another region' },
      ])
    ;(overrides ?? []).forEach((o, i, all) => {
      if (!countries.includes(o.country)) throw invalid(`/body/taxOverrides/${i}/country`, 'is not one of the region’s countries')
      if (all.findIndex((other) => other.country === o.country && other.taxClass === o.taxClass) < i)
        throw invalid(`/body/taxOverrides/${i}/taxClass`, `${o.country} has a ${o.taxClass} override already`)
    })
  }

  async function getRegion(id: string, tx: Db = repo.db) {
    const row = await repo.findRegion(id, tx)
    if (!row) throw notFound('region', id)
    return (await views([row], tx))[0]!
  }

  return {
    getRegion,

    async listRegions() {
      return { items: await views(await repo.listRegions()), nextCursor: null }
    },

    /** A region for pricing a cart, from the in-memory snapshot (`tx` is used only to reload it). */
    async regionForPricing(id: string, tx: Db = repo.db): Promise<RegionView> {
      const region = (await pricingSnapshot(tx)).regions.get(id)
      if (!region) throw notFound('region', id)
      return region
    },

    /** A region's shipping options for pricing, from the same snapshot. */
    async shippingOptionsForPricing(regionId: string, tx: Db = repo.db): Promise<ShippingOptionView[]> {
      return (await pricingSnapshot(tx)).shipping.get(regionId) ?? []
    },

    async createRegion(input: RegionInput) {
      return writing(() =>
        repo.db.transaction().execute(async (tx) => {
          if (await repo.findRegionByHandle(input.handle, tx))
            throw conflict(`Region handle ${input.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
          await checkCountries(null, input.countries, input.taxOverrides, tx)
          const id = newId('reg')
          await repo.insertRegion(
            {
              id,
              handle: input.handle,
              name: input.name,
              currency: input.currency,
              prices_include_tax: input.pricesIncludeTax ?? false,
              tax_standard_bp: input.taxRates.standard,
              tax_reduced_bp: input.taxRates.reduced,
              tax_zero_bp: input.taxRates.zero ?? 0,
            },
            tx,
          )
          await repo.replaceCountries(id, input.countries, tx)
          await repo.replaceOverrides(id, input.taxOverrides ?? [], tx)
          return getRegion(id, tx)
        }),
      )
    },

    async updateRegion(id: string, patch: Partial<RegionInput>) {
      return writing(() =>
        repo.db.transaction().execute(async (tx) => {
          const current = await getRegion(id, tx)
          const countries = patch.countries ?? current.countries
          const overrides = patch.taxOverrides ?? current.taxOverrides
          await checkCountries(id, countries, overrides, tx)
          if (patch.handle && patch.handle !== current.handle && (await repo.findRegionByHandle(patch.handle, tx)))
            throw conflict(`Region handle ${patch.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
          await repo.updateRegion(
            id,
            {
              ...(patch.handle !== undefined && { handle: patch.handle }),
              ...(patch.name !== undefined && { name: patch.name }),
              ...(patch.currency !== undefined && { currency: patch.currency }),
              ...(patch.pricesIncludeTax !== undefined && { prices_include_tax: patch.pricesIncludeTax }),
              ...(patch.taxRates !== undefined && {
                tax_standard_bp: patch.taxRates.standard,
                tax_reduced_bp: patch.taxRates.reduced,
                tax_zero_bp: patch.taxRates.zero ?? 0,
              }),
            },
            tx,
          )
          if (patch.countries) await repo.replaceCountries(id, countries, tx)
          if (patch.countries || patch.taxOverrides) await repo.replaceOverrides(id, overrides, tx)
          return getRegion(id, tx)
        }),
      )
    },

    async addShippingOption(regionId: string, input: ShippingOptionInput): Promise<ShippingOptionView> {
      const region = await getRegion(regionId)
      checkShippingOption(input)
      const row = await writing(() => repo.insertShippingOption({ id: newId('ship'), region_id: regionId, ...rowOf(input) }))
      return toShippingView(row, region.currency)
    },

    /** Changes an option still offered; carts that chose it are priced on the new terms from now on. */
    async updateShippingOption(regionId: string, optionId: string, patch: ShippingOptionPatch): Promise<ShippingOptionView> {
      return writing(() =>
        repo.db.transaction().execute(async (tx) => {
          const region = await getRegion(regionId, tx)
          const current = await repo.findShippingOption(regionId, optionId, tx)
          if (!current) throw notFound('shipping option', optionId)
          const merged: ShippingOptionInput = { ...inputOf(current), ...patch }
          if (patch.kind !== undefined && patch.kind !== current.kind) {
            // A new kind brings its own price: the old kind's amount or tiers do not carry over.
            if (patch.amount === undefined) delete merged.amount
            if (patch.tiers === undefined) delete merged.tiers
          }
          checkShippingOption(merged)
          return toShippingView(await repo.updateShippingOption(optionId, rowOf(merged), tx), region.currency)
        }),
      )
    },

    /**
     * Stops offering an option: shoppers no longer see it. The row stays, because carts and orders
     * name it; a cart that chose it before keeps its price rather than losing its shipping charge.
     */
    async retireShippingOption(regionId: string, optionId: string): Promise<void> {
      await writing(async () => {
        const current = await repo.findShippingOption(regionId, optionId)
        if (!current || Number((await repo.retireShippingOption(optionId)).numUpdatedRows) === 0)
          throw notFound('shipping option', optionId)
      })
    },

    /** Whether a shopper may choose this option now: it belongs to the region and is still offered. */
    async offersShippingOption(regionId: string, optionId: string, tx: Db = repo.db): Promise<boolean> {
      return (await repo.findShippingOption(regionId, optionId, tx)) !== undefined
    },

    async listShippingOptions(regionId: string, tx: Db = repo.db) {
      const region = await getRegion(regionId, tx)
      return { items: (await repo.listShippingOptions(regionId, tx)).map((row) => toShippingView(row, region.currency)), nextCursor: null }
    },
  }
}

/** A flat option has an amount and no tiers, a weight option tiers going up in weight and no amount. */
function checkShippingOption(input: ShippingOptionInput) {
  if (input.kind === 'flat' && (input.amount === undefined || input.tiers !== undefined))
    throw invalid('/body/amount', 'a flat option has an amount and no tiers')
  if (input.kind === 'weight') {
    if (!input.tiers || input.amount !== undefined) throw invalid('/body/tiers', 'a weight option has tiers and no amount')
    const limits = input.tiers.map((t) => t.upToGrams ?? Number.POSITIVE_INFINITY)
    if (limits.some((limit, i) => i > 0 && limit <= limits[i - 1]!))
      throw invalid('/body/tiers', 'tiers must go up in weight, an unlimited tier last')
  }
  if (input.maxDays < input.minDays) throw invalid('/body/maxDays', 'must not be below minDays')
}

const rowOf = (input: ShippingOptionInput) => ({
  name: input.name,
  kind: input.kind,
  amount: input.amount ?? null,
  tiers: input.tiers ?? null,
  free_above: input.freeAbove ?? null,
  min_days: input.minDays,
  max_days: input.maxDays,
})

type ShippingRow = Parameters<typeof toShippingView>[0]

/** A stored option as the input that would create it, for merging a change into. */
function inputOf(row: ShippingRow): ShippingOptionInput {
  const view = toShippingView(row, '')
  return {
    name: view.name,
    kind: view.kind,
    ...(view.amount !== null && { amount: view.amount }),
    ...(view.tiers !== null && { tiers: view.tiers }),
    freeAbove: view.freeAbove,
    minDays: view.minDays,
    maxDays: view.maxDays,
  }
}

function toShippingView(
  row: {
    id: string
    region_id: string
    name: string
    kind: 'flat' | 'weight'
    amount: number | null
    tiers: unknown
    free_above: number | null
    min_days: number
    max_days: number
  },
  currency: string,
): ShippingOptionView {
  return {
    id: row.id,
    regionId: row.region_id,
    name: row.name,
    kind: row.kind,
    amount: row.amount === null ? null : Number(row.amount),
    tiers: (row.tiers as ShippingOptionView['tiers']) ?? null,
    freeAbove: row.free_above === null ? null : Number(row.free_above),
    currency,
    minDays: row.min_days,
    maxDays: row.max_days,
  }
}

export type RegionService = ReturnType<typeof createRegionService>
