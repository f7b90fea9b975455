import { newId } from '../../platform/ids.js'
import type { Db } from '../../platform/db/database.js'
import type { Actor } from '../../platform/auth/actor.js'
import { Problem, invalid, notFound } from '../../problems.js'
import type { CatalogService } from '../catalog/service.js'
import type { RegionService } from '../regions/service.js'
import type { RegionView } from '../regions/schemas.js'
import type { PromotionService } from '../promotions/service.js'
import type { CodeRejection } from '../pricing/promotions.js'
import type { CartRepo } from './repo.js'
import { createCartPricer, type CartRow, type PricedCart } from './price-cart.js'
import type { AddItemInput, CartPatch, CartView, CreateCartInput, UpdateItemInput } from './schemas.js'
import type { PostalAddress } from './tables.js'

/** A cart lives a week after its last change unless configured otherwise. */
export const CART_TTL_MS = 7 * 24 * 3_600_000
const MAX_QUANTITY = 1000

/** Who is asking for a cart: a signed-in customer, or nobody in particular. */
export interface Shopper {
  customerId: string | null
}

export const shopperOf = (actor: Actor): Shopper => ({ customerId: actor.kind === 'customer' ? actor.customerId : null })

/** A code that can never apply to this cart is refused when entered; one that may apply later is kept. */
const REFUSED_CODES: Partial<Record<CodeRejection, string>> = {
  'unknown-code': 'is not a valid code',
  'not-started': 'is not valid yet',
  expired: 'has expired',
}

/**
 * Carts: reachable by their unguessable id. A cart bound to a customer answers only that customer;
 * to anyone else it does not exist (404, never 403). Totals are computed on every read from catalog
 * prices, the region's tax rates and the live promotions; nothing a client sends is taken as a price.
 */
export function createCartService(deps: {
  repo: CartRepo
  catalog: CatalogService
  regions: RegionService
  promotions: PromotionService
  ttlMs?: number
}) {
  const { repo, catalog, regions, promotions } = deps
  const ttlMs = deps.ttlMs ?? CART_TTL_MS
  const pricer = createCartPricer(deps)
  const expiry = () => new Date(Date.now() + ttlMs)

  /** The cart if this shopper may see it and it is still open; otherwise 404 whatever the reason. */
  async function reachable(shopper: Shopper, cartId: string, tx: Db = repo.db, forUpdate = false): Promise<CartRow> {
    const cart = await repo.findCart(cartId, tx, { forUpdate })
    const open = cart && cart.completed_at === null && cart.expires_at.getTime() > Date.now()
    const allowed = cart && (cart.customer_id === null || cart.customer_id === shopper.customerId)
    if (!cart || !open || !allowed) throw notFound('cart', cartId)
    return cart
  }

  /** Runs a change on an open, reachable cart (locked), refreshes its expiry, and answers with the new view. */
  function write(shopper: Shopper, cartId: string, change: (cart: CartRow, tx: Db) => Promise<Partial<CartPatchRow>>) {
    return repo.db.transaction().execute(async (tx) => {
      const cart = await reachable(shopper, cartId, tx, true)
      const patch = await change(cart, tx)
      const expiresAt = expiry()
      await repo.updateCart(cart.id, { ...patch, expires_at: expiresAt }, tx)
      // The row as just written, without reading it back (addresses are stored as JSON text).
      const { shipping_address: shipping, billing_address: billing, ...plain } = patch
      const updated: CartRow = {
        ...cart,
        ...plain,
        ...(shipping !== undefined && { shipping_address: parseAddress(shipping) }),
        ...(billing !== undefined && { billing_address: parseAddress(billing) }),
        expires_at: expiresAt,
      }
      const priced = await pricer.price(updated, tx)
      if (patch.promotion_code) await refuseDeadCode(patch.promotion_code, priced, tx)
      return toCartView(priced)
    })
  }

  async function refuseDeadCode(code: string, priced: PricedCart, tx: Db) {
    const rejection = priced.totals.rejectedCode
    const refusal = rejection && REFUSED_CODES[rejection]
    if (!refusal) return
    const exists = rejection === 'unknown-code' && (await promotions.codeExists(code, tx))
    throw invalid('/body/promotionCode', exists ? 'has been used up or is no longer active' : refusal)
  }

  async function regionFor(regionId: string | undefined): Promise<RegionView> {
    if (regionId === undefined) {
      const first = (await regions.listRegions()).items[0]
      if (!first) throw invalid('/body/regionId', 'the shop has no region to sell in yet')
      return first
    }
    try {
      return await regions.regionForPricing(regionId)
    } catch (error) {
      if (error instanceof Problem && error.status === 404) throw invalid('/body/regionId', 'is not a region of the shop')
      throw error
    }
  }

  async function addQuantity(cart: CartRow, variantId: string, quantity: number, tx: Db, pointer = '/body/quantity') {
    const existing = await repo.findItemByVariant(cart.id, variantId, tx)
    if (existing) {
      const total = existing.quantity + quantity
      if (total > MAX_QUANTITY) throw invalid(pointer, `at most ${MAX_QUANTITY} of one variant per cart`)
      await repo.setItemQuantity(existing.id, total, tx)
    } else {
      await repo.insertItem({ id: newId('citem'), cart_id: cart.id, variant_id: variantId, quantity }, tx)
    }
  }

  return {
    pricer,

    async createCart(shopper: Shopper, input: CreateCartInput): Promise<CartView> {
      const region = await regionFor(input.regionId)
      const id = newId('cart')
      await repo.insertCart({
        id,
        region_id: region.id,
        currency: region.currency,
        customer_id: shopper.customerId,
        expires_at: expiry(),
        shipping_address: null,
        billing_address: null,
      })
      return toCartView(await pricer.price(await reachable(shopper, id)))
    },

    async getCart(shopper: Shopper, cartId: string): Promise<CartView> {
      return toCartView(await pricer.price(await reachable(shopper, cartId)))
    },

    addItem(shopper: Shopper, cartId: string, input: AddItemInput): Promise<CartView> {
      return write(shopper, cartId, async (cart, tx) => {
        const [variant] = await catalog.variantsForCart([input.variantId], cart.currency, tx)
        if (!variant || variant.status !== 'active') throw notFound('variant', input.variantId)
        if (variant.unitPrice === null) throw invalid('/body/variantId', `not sold in ${cart.currency}`)
        await addQuantity(cart, input.variantId, input.quantity, tx)
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
        const region = await regions.regionForPricing(cart.region_id, tx)
        const inRegion = (country: string, pointer: string) => {
          if (!region.countries.includes(country))
            throw invalid(pointer, `is not a country of the cart’s region (${region.countries.join(', ')})`)
        }
        if (input.countryCode) inRegion(input.countryCode, '/body/countryCode')
        if (input.shippingAddress) inRegion(input.shippingAddress.countryCode, '/body/shippingAddress/countryCode')
        if (input.countryCode && input.shippingAddress && input.countryCode !== input.shippingAddress.countryCode)
          throw invalid('/body/countryCode', 'differs from the shipping address’s country')
        // A retired option still prices the carts that chose it, but cannot be chosen anew.
        if (input.shippingOptionId && !(await regions.offersShippingOption(region.id, input.shippingOptionId, tx)))
          throw invalid('/body/shippingOptionId', 'is not a shipping option the cart’s region offers')
        const address = (value: PostalAddress | null | undefined) => (value ? JSON.stringify(value) : null)
        return {
          ...(input.email !== undefined && { email: input.email?.toLowerCase() ?? null }),
          ...(input.countryCode !== undefined && { country_code: input.countryCode }),
          // Tax follows the shipping address, so its country becomes the cart's country.
          ...(input.shippingAddress !== undefined && {
            shipping_address: address(input.shippingAddress),
            ...(input.shippingAddress ? { country_code: input.shippingAddress.countryCode } : {}),
          }),
          ...(input.billingAddress !== undefined && { billing_address: address(input.billingAddress) }),
          ...(input.shippingOptionId !== undefined && { shipping_option_id: input.shippingOptionId }),
          ...(input.promotionCode !== undefined && { promotion_code: input.promotionCode?.trim() || null }),
        }
      })
    },

    /**
     * The cart a checkout is about to turn into an order: locked for the rest of the caller's
     * transaction (so a second checkout of it waits, then finds it completed) and priced now.
     */
    async lockForCheckout(shopper: Shopper, cartId: string, tx: Db): Promise<PricedCart> {
      return pricer.price(await reachable(shopper, cartId, tx, true), tx)
    },

    /** Closes a cart that became an order; `reopen` gives it back when that order's payment failed. */
    complete: (cartId: string, tx: Db) => repo.updateCart(cartId, { completed_at: new Date() }, tx),
    reopen: (cartId: string, tx: Db) => repo.updateCart(cartId, { completed_at: null, expires_at: expiry() }, tx),

    /**
     * On sign-in: the anonymous cart the browser held joins the customer. Their own open cart in the
     * same region takes its items (quantities added, capped); otherwise the anonymous cart becomes theirs.
     * Returns the id of the cart the customer now shops with.
     */
    async adoptOnSignIn(customerId: string, anonymousCartId: string | undefined): Promise<string | null> {
      return repo.db.transaction().execute(async (tx) => {
        const own = await repo.findOpenCartOf(customerId, tx)
        const guest = anonymousCartId ? await repo.findCart(anonymousCartId, tx, { forUpdate: true }) : undefined
        const usable = guest && guest.customer_id === null && guest.completed_at === null && guest.expires_at.getTime() > Date.now()
        if (!usable) return own?.id ?? null
        if (!own || own.region_id !== guest.region_id) {
          await repo.updateCart(guest.id, { customer_id: customerId, expires_at: expiry() }, tx)
          return guest.id
        }
        for (const item of await repo.listItems(guest.id, tx)) {
          const existing = await repo.findItemByVariant(own.id, item.variant_id, tx)
          if (existing) await repo.setItemQuantity(existing.id, Math.min(MAX_QUANTITY, existing.quantity + item.quantity), tx)
          else await repo.insertItem({ id: newId('citem'), cart_id: own.id, variant_id: item.variant_id, quantity: item.quantity }, tx)
        }
        await repo.updateCart(guest.id, { completed_at: new Date() }, tx)
        await repo.updateCart(own.id, { expires_at: expiry(), ...(own.email ? {} : { email: guest.email }) }, tx)
        return own.id
      })
    },

    /** The customer's newest open cart, if any. */
    async currentCartOf(customerId: string): Promise<CartView | null> {
      const own = await repo.findOpenCartOf(customerId)
      return own ? toCartView(await pricer.price(own)) : null
    },

    /**
     * A person's carts (their account's, and anonymous ones with their email when one is given) as
     * stored, for their data export: not priced, since prices are the shop's data and change after the fact.
     */
    async cartsOf(customerId: string, email: string | null) {
      const carts = await repo.cartsOfPerson(customerId, email)
      const items = await repo.itemsOfCarts(carts.map((c) => c.id))
      const now = Date.now()
      return carts.map((c) => ({
        id: c.id,
        status: c.completed_at ? ('completed' as const) : c.expires_at.getTime() <= now ? ('expired' as const) : ('open' as const),
        regionId: c.region_id,
        currency: c.currency,
        email: c.email,
        countryCode: c.country_code,
        shippingAddress: c.shipping_address,
        billingAddress: c.billing_address,
        shippingOptionId: c.shipping_option_id,
        promotionCode: c.promotion_code,
        items: items
          .filter((i) => i.cart_id === c.id)
          .map((i) => ({ id: i.id, variantId: i.variant_id, quantity: i.quantity, addedAt: i.created_at.toISOString() })),
        createdAt: c.created_at.toISOString(),
        updatedAt: c.updated_at.toISOString(),
        expiresAt: c.expires_at.toISOString(),
        completedAt: c.completed_at?.toISOString() ?? null,
      }))
    },

    /**
     * Erasure, in the caller's transaction: the person's carts are deleted; returns how many. With an
     * email, anonymous carts under it go too and other carts lose it; without one (the account's
     * address is not verified, so it may be someone else's) only the account's carts are touched.
     */
    async eraseCartsOf(tx: Db, customerId: string, email: string | null) {
      const deleted = await repo.deleteCartsOfPerson(customerId, email, tx)
      if (email !== null) await repo.clearEmail(email, tx)
      return deleted
    },
  }
}

const parseAddress = (stored: string | null): PostalAddress | null => (stored === null ? null : (JSON.parse(stored) as PostalAddress))

type CartPatchRow = {
  email: string | null
  country_code: string | null
  shipping_option_id: string | null
  promotion_code: string | null
  shipping_address: string | null
  billing_address: string | null
}

export function toCartView(priced: PricedCart): CartView {
  const { cart, lines, totals } = priced
  return {
    id: cart.id,
    regionId: cart.region_id,
    currency: cart.currency,
    email: cart.email,
    countryCode: cart.country_code,
    shippingOptionId: cart.shipping_option_id,
    shippingAddress: cart.shipping_address,
    billingAddress: cart.billing_address,
    promotionCode: cart.promotion_code,
    promotionCodeRejection: totals.rejectedCode ?? null,
    promotions: totals.appliedPromotions,
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
    unavailableItems: priced.unavailable.map((item) => ({ id: item.id, variantId: item.variant_id, quantity: item.quantity })),
    shipping: {
      amount: totals.shipping.amount,
      discount: totals.shipping.discount,
      tax: totals.shipping.tax,
      total: totals.shipping.total,
      available: totals.shipping.available,
      delivery: totals.shipping.delivery ?? null,
    },
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

export type CartService = ReturnType<typeof createCartService>
