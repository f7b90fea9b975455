import { newId } from '../../platform/ids.js'
import type { Db } from '../../platform/db/database.js'
import type { Actor } from '../../platform/auth/actor.js'
import { Problem, invalid, notFound } from '../../problems.js'
import type { CatalogService } from '../catalog/service.js'
import type { RegionService } from '../regions/service.js'
import type { RegionView, ShippingOptionView } from '../regions/schemas.js'
import { calculateTotals } from '../pricing/calculate-totals.js'
import type { ShippingOption } from '../pricing/shipping.js'
import type { RegionTaxRates, TaxClass } from '../pricing/tax.js'
import type { CartRepo } from './repo.js'
import type { AddItemInput, CartPatch, CartView, CreateCartInput, UpdateItemInput } from './schemas.js'

/** A cart lives a week after its last change. */
export const CART_TTL_MS = 7 * 24 * 3_600_000
const MAX_QUANTITY = 1000
/** Products carry no tax class yet: every line is standard. */
const TAX_CLASS: TaxClass = 'standard'

/** Who is asking for a cart: a signed-in customer, or nobody in particular. */
export interface Shopper {
  customerId: string | null
}

export const shopperOf = (actor: Actor): Shopper => ({ customerId: actor.kind === 'customer' ? actor.customerId : null })

type CartRow = NonNullable<Awaited<ReturnType<CartRepo['findCart']>>>

/**
 * Carts: reachable by their unguessable id. A cart bound to a customer answers only that customer;
 * to anyone else it does not exist (404, never 403). Totals are computed on every read from catalog
 * prices and the region's tax rates; nothing a client sends is ever taken as a price.
 */
export function createCartService(deps: { repo: CartRepo; catalog: CatalogService; regions: RegionService }) {
  const { repo, catalog, regions } = deps
  const expiry = () => new Date(Date.now() + CART_TTL_MS)

  /** The cart if this shopper may see it and it is still open; otherwise 404 whatever the reason. */
  async function reachable(shopper: Shopper, cartId: string, tx: Db = repo.db, forUpdate = false): Promise<CartRow> {
    const cart = await repo.findCart(cartId, tx, { forUpdate })
    const open = cart && cart.completed_at === null && cart.expires_at.getTime() > Date.now()
    const allowed = cart && (cart.customer_id === null || cart.customer_id === shopper.customerId)
    if (!cart || !open || !allowed) throw notFound('cart', cartId)
    return cart
  }

  async function view(cart: CartRow, tx: Db = repo.db): Promise<CartView> {
    const region = await regions.getRegion(cart.region_id, tx)
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
    // A line whose product is no longer sold (or no longer priced in this currency) is not priced or shown.
    const lines = items.flatMap((item) => {
      const variant = variants.get(item.variant_id)
      return variant && variant.status === 'active' && variant.unitPrice !== null ? [{ item, variant, unitPrice: variant.unitPrice }] : []
    })
    const shipping = cart.shipping_option_id ? await shippingOptionOf(region, cart.shipping_option_id, tx) : undefined
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
      ...(shipping ? { shipping: toPricingShipping(shipping) } : {}),
      promotions: [],
      now: new Date(),
    })
    return {
      id: cart.id,
      regionId: cart.region_id,
      currency: cart.currency,
      email: cart.email,
      countryCode: cart.country_code,
      shippingOptionId: cart.shipping_option_id,
      items: lines.map(({ item, variant, unitPrice }, i) => {
        const line = totals.lines[i]!
        return {
          id: item.id,
          variantId: variant.variantId,
          productId: variant.productId,
          title: variant.productTitle,
          variantTitle: variant.variantTitle,
          sku: variant.sku,
          thumbnail: variant.thumbnail,
          quantity: item.quantity,
          unitPrice,
          subtotal: line.subtotal,
          discount: line.discount,
          tax: line.tax,
          total: line.total,
        }
      }),
      totals: {
        subtotal: totals.subtotal,
        discountTotal: totals.discountTotal,
        shippingTotal: totals.shipping.total,
        taxTotal: totals.taxTotal,
        total: totals.total,
      },
      expiresAt: cart.expires_at.toISOString(),
    }
  }

  async function shippingOptionOf(region: RegionView, optionId: string, tx: Db): Promise<ShippingOptionView | undefined> {
    return (await regions.listShippingOptions(region.id, tx)).items.find((o) => o.id === optionId)
  }

  /** Runs a change on an open, reachable cart (locked), refreshes its expiry, and answers with the new view. */
  function write(shopper: Shopper, cartId: string, change: (cart: CartRow, tx: Db) => Promise<Partial<CartPatchRow>>) {
    return repo.db.transaction().execute(async (tx) => {
      const cart = await reachable(shopper, cartId, tx, true)
      const patch = await change(cart, tx)
      await repo.updateCart(cart.id, { ...patch, expires_at: expiry() }, tx)
      return view(await reachable(shopper, cartId, tx), tx)
    })
  }

  async function regionFor(regionId: string | undefined): Promise<RegionView> {
    if (regionId === undefined) {
      const first = (await regions.listRegions()).items[0]
      if (!first) throw invalid('/body/regionId', 'the shop has no region to sell in yet')
      return first
    }
    try {
      return await regions.getRegion(regionId)
    } catch (error) {
      if (error instanceof Problem && error.status === 404) throw invalid('/body/regionId', 'is not a region of the shop')
      throw error
    }
  }

  return {
    async createCart(shopper: Shopper, input: CreateCartInput): Promise<CartView> {
      const region = await regionFor(input.regionId)
      const id = newId('cart')
      await repo.insertCart({
        id,
        region_id: region.id,
        currency: region.currency,
        customer_id: shopper.customerId,
        expires_at: expiry(),
      })
      return view(await reachable(shopper, id))
    },

    async getCart(shopper: Shopper, cartId: string): Promise<CartView> {
      return view(await reachable(shopper, cartId))
    },

    addItem(shopper: Shopper, cartId: string, input: AddItemInput): Promise<CartView> {
      return write(shopper, cartId, async (cart, tx) => {
        const [variant] = await catalog.variantsForCart([input.variantId], cart.currency, tx)
        if (!variant || variant.status !== 'active') throw notFound('variant', input.variantId)
        if (variant.unitPrice === null) throw invalid('/body/variantId', `not sold in ${cart.currency}`)
        const existing = await repo.findItemByVariant(cart.id, input.variantId, tx)
        if (existing) {
          const quantity = existing.quantity + input.quantity
          if (quantity > MAX_QUANTITY) throw invalid('/body/quantity', `at most ${MAX_QUANTITY} of one variant per cart`)
          await repo.setItemQuantity(existing.id, quantity, tx)
        } else {
          await repo.insertItem({ id: newId('citem'), cart_id: cart.id, variant_id: input.variantId, quantity: input.quantity }, tx)
        }
        return {}
      })
    },

    updateItem(shopper: Shopper, cartId: string, itemId: string, input: UpdateItemInput): Promise<CartView> {
      return write(shopper, cartId, async (cart, tx) => {
        if (!(await repo.findItem(cart.id, itemId, tx))) throw notFound('cart item', itemId)
        await repo.setItemQuantity(itemId, input.quantity, tx)
        return {}
      })
    },

    removeItem(shopper: Shopper, cartId: string, itemId: string): Promise<CartView> {
      return write(shopper, cartId, async (cart, tx) => {
        if (!(await repo.findItem(cart.id, itemId, tx))) throw notFound('cart item', itemId)
        await repo.deleteItem(itemId, tx)
        return {}
      })
    },

    updateCart(shopper: Shopper, cartId: string, input: CartPatch): Promise<CartView> {
      return write(shopper, cartId, async (cart, tx) => {
        const region = await regions.getRegion(cart.region_id, tx)
        if (input.countryCode && !region.countries.includes(input.countryCode))
          throw invalid('/body/countryCode', `is not a country of the cart’s region (${region.countries.join(', ')})`)
        if (input.shippingOptionId && !(await shippingOptionOf(region, input.shippingOptionId, tx)))
          throw invalid('/body/shippingOptionId', 'is not a shipping option of the cart’s region')
        return {
          ...(input.email !== undefined && { email: input.email }),
          ...(input.countryCode !== undefined && { country_code: input.countryCode }),
          ...(input.shippingOptionId !== undefined && { shipping_option_id: input.shippingOptionId }),
        }
      })
    },
  }
}

type CartPatchRow = { email: string | null; country_code: string | null; shipping_option_id: string | null }

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

export type CartService = ReturnType<typeof createCartService>
