import type { Db } from '../../platform/db/database.js'
import type { CatalogService } from '../catalog/service.js'
import type { RegionService } from '../regions/service.js'
import type { RegionView, ShippingOptionView } from '../regions/schemas.js'
import type { PromotionService } from '../promotions/service.js'
import { calculateTotals, type Totals } from '../pricing/calculate-totals.js'
import type { ShippingOption } from '../pricing/shipping.js'
import type { RegionTaxRates, TaxClass } from '../pricing/tax.js'
import type { CartRepo } from './repo.js'

/** Products carry no tax class yet: every line is standard. */
const TAX_CLASS: TaxClass = 'standard'

export type CartRow = NonNullable<Awaited<ReturnType<CartRepo['findCart']>>>
type ItemRow = Awaited<ReturnType<CartRepo['listItems']>>[number]
type CartVariant = Awaited<ReturnType<CatalogService['variantsForCart']>>[number]

export interface PricedLine {
  item: ItemRow
  variant: CartVariant
  unitPrice: number
}

/** A cart with every amount worked out now, from the catalog, the region and the live promotions. */
export interface PricedCart {
  cart: CartRow
  region: RegionView
  lines: PricedLine[]
  /** Items whose variant is not sold now (archived, deleted, unpriced in the currency): kept, not priced. */
  unavailable: ItemRow[]
  shippingOption: ShippingOptionView | undefined
  totals: Totals
}

export function createCartPricer(deps: { repo: CartRepo; catalog: CatalogService; regions: RegionService; promotions: PromotionService }) {
  const { repo, catalog, regions, promotions } = deps

  async function shippingOptionOf(region: RegionView, optionId: string, tx: Db): Promise<ShippingOptionView | undefined> {
    return (await regions.shippingOptionsForPricing(region.id, tx)).find((o) => o.id === optionId)
  }

  async function price(cart: CartRow, tx: Db = repo.db, now = new Date()): Promise<PricedCart> {
    const region = await regions.regionForPricing(cart.region_id, tx)
    const items = await repo.listItems(cart.id, tx)
    const variants = new Map(
      (
        await catalog.variantsForCart(
          items.map((i) => i.variant_id),
          cart.currency,
          tx,
        )
      ).map((v) => [v.variantId, v]),
    )
    const lines: PricedLine[] = []
    const unavailable: ItemRow[] = []
    for (const item of items) {
      const variant = variants.get(item.variant_id)
      if (variant && variant.status === 'active' && variant.unitPrice !== null) lines.push({ item, variant, unitPrice: variant.unitPrice })
      else unavailable.push(item)
    }
    const shippingOption = cart.shipping_option_id ? await shippingOptionOf(region, cart.shipping_option_id, tx) : undefined
    const totals = calculateTotals({
      currency: cart.currency,
      pricesIncludeTax: region.pricesIncludeTax,
      taxRates: taxRatesOf(region),
      country: cart.country_code ?? region.countries[0] ?? '',
      lines: lines.map(({ item, variant, unitPrice }) => ({
        id: item.id,
        productId: variant.productId,
        categoryIds: variant.categoryIds,
        unitPrice,
        quantity: item.quantity,
        taxClass: TAX_CLASS,
        weightGrams: variant.weightGrams ?? 0,
      })),
      ...(shippingOption ? { shipping: toPricingShipping(shippingOption) } : {}),
      promotions: await promotions.forCart(cart.currency, cart.promotion_code, tx),
      ...(cart.promotion_code ? { code: cart.promotion_code } : {}),
      now,
    })
    return { cart, region, lines, unavailable, shippingOption, totals }
  }

  return { price, shippingOptionOf }
}

/** The region's rates in the pricing module's shape: defaults per class, overrides per country. */
function taxRatesOf(region: RegionView): RegionTaxRates {
  const countries: NonNullable<RegionTaxRates['countries']> = {}
  for (const o of region.taxOverrides) countries[o.country] = { ...countries[o.country], [o.taxClass]: o.rate }
  return { default: { ...region.taxRates }, countries }
}

function toPricingShipping(option: ShippingOptionView): ShippingOption {
  const extra = {
    ...(option.freeAbove !== null ? { freeAbove: option.freeAbove } : {}),
    delivery: { minDays: option.minDays, maxDays: option.maxDays },
  }
  return option.kind === 'flat'
    ? { kind: 'flat', amount: option.amount ?? 0, ...extra }
    : { kind: 'weight', tiers: option.tiers ?? [], ...extra }
}

export type CartPricer = ReturnType<typeof createCartPricer>
