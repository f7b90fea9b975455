import { newId } from '../../platform/ids.js'
import { sha256 } from '../../platform/crypto.js'
import type { Db } from '../../platform/db/database.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { Problem, conflict, invalid, notFound } from '../../problems.js'
import type { Promotion } from '../pricing/promotions.js'
import type { PromotionRepo } from './repo.js'
import type { PromotionInput, PromotionPatch, PromotionView } from './schemas.js'
import type { PromotionRule, PromotionTables } from './tables.js'

type Row = PromotionTables['promotion'] & { rule: PromotionRule; usage_count: number; active: boolean; created_at: Date }

/** The hash an email is known by in promotion uses; the email itself is not kept there. */
const emailKeyOf = (email: string) => `email:${sha256(email.trim().toLowerCase())}`

/** Who used a promotion, for per-customer limits: the customer, or a guest known only by a hash of their email. */
export const shopperKeyOf = (customerId: string | null, email: string | null): string | null =>
  customerId ?? (email ? emailKeyOf(email) : null)

/** The pricing module's shape of a stored promotion. */
export function toPricing(row: Row): Promotion {
  const common = {
    id: row.id,
    ...(row.code !== null ? { code: row.code } : {}),
    ...(row.min_subtotal !== null ? { minSubtotal: row.min_subtotal } : {}),
    ...(row.starts_at ? { startsAt: row.starts_at } : {}),
    ...(row.ends_at ? { endsAt: row.ends_at } : {}),
  }
  const rule = row.rule
  switch (row.kind) {
    case 'percentage':
      return { ...common, kind: 'percentage', basisPoints: rule.basisPoints!, target: rule.target! }
    case 'fixed':
      return { ...common, kind: 'fixed', amount: rule.amount!, target: rule.target! }
    case 'free_shipping':
      return { ...common, kind: 'free_shipping' }
    case 'buy_x_get_y':
      return {
        ...common,
        kind: 'buy_x_get_y',
        buyQuantity: rule.buyQuantity!,
        getQuantity: rule.getQuantity!,
        percentOffBasisPoints: rule.basisPoints ?? 10_000,
        productIds: rule.productIds!,
      }
  }
}

function toView(row: Row): PromotionView {
  const rule = row.rule
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    basisPoints: rule.basisPoints ?? null,
    amount: rule.amount ?? null,
    currency: row.currency,
    target: rule.target ?? null,
    buyQuantity: rule.buyQuantity ?? null,
    getQuantity: rule.getQuantity ?? null,
    productIds: rule.productIds ?? null,
    minSubtotal: row.min_subtotal,
    startsAt: row.starts_at?.toISOString() ?? null,
    endsAt: row.ends_at?.toISOString() ?? null,
    usageLimit: row.usage_limit,
    perCustomerLimit: row.per_customer_limit,
    usageCount: row.usage_count,
    active: row.active,
    createdAt: row.created_at.toISOString(),
  }
}

/** Checks that the fields a kind needs are there (and only those), and builds its stored rule. */
function ruleOf(input: PromotionInput): PromotionRule {
  const need = (field: keyof PromotionInput) => {
    if (input[field] === undefined || input[field] === null) throw invalid(`/body/${field}`, `is required for a ${input.kind} promotion`)
  }
  const refuse = (...fields: (keyof PromotionInput)[]) => {
    for (const field of fields)
      if (input[field] !== undefined && input[field] !== null)
        throw invalid(`/body/${field}`, `does not apply to a ${input.kind} promotion`)
  }
  // An amount means nothing without its currency.
  if (input.minSubtotal != null && !input.currency) throw invalid('/body/currency', 'is required with minSubtotal')
  if (input.startsAt && input.endsAt && Date.parse(input.endsAt) <= Date.parse(input.startsAt))
    throw invalid('/body/endsAt', 'must be after startsAt')
  switch (input.kind) {
    case 'percentage':
      need('basisPoints')
      need('target')
      refuse('amount', 'buyQuantity', 'getQuantity', 'productIds')
      return { basisPoints: input.basisPoints!, target: input.target! }
    case 'fixed':
      need('amount')
      need('currency')
      need('target')
      refuse('basisPoints', 'buyQuantity', 'getQuantity', 'productIds')
      return { amount: input.amount!, target: input.target! }
    case 'free_shipping':
      refuse('basisPoints', 'amount', 'target', 'buyQuantity', 'getQuantity', 'productIds')
      return {}
    case 'buy_x_get_y':
      need('buyQuantity')
      need('getQuantity')
      need('productIds')
      refuse('amount', 'target')
      return {
        buyQuantity: input.buyQuantity!,
        getQuantity: input.getQuantity!,
        productIds: input.productIds!,
        basisPoints: input.basisPoints ?? 10_000,
      }
  }
}

const viewOf = (row: unknown) => toView(row as Row)

/**
 * Stored promotions: what staff set up, what a cart may apply, and how often each was used.
 * Uses are counted inside the checkout's transaction by one conditional UPDATE per promotion,
 * so a code limited to five uses is used by exactly five orders however many checkouts race.
 */
export function createPromotionService(deps: { repo: PromotionRepo }) {
  const { repo } = deps

  async function write(id: string | null, input: PromotionInput, tx: Db) {
    const rule = ruleOf(input)
    if (input.code) {
      const holder = await repo.findByCode(input.code, tx)
      if (holder && holder.id !== id)
        throw conflict(`The code ${input.code} is already used by another promotion`, [{ pointer: '/body/code', detail: 'is taken' }])
    }
    const row = {
      name: input.name,
      code: input.code ?? null,
      kind: input.kind,
      rule: JSON.stringify(rule),
      currency: input.currency ?? null,
      min_subtotal: input.minSubtotal ?? null,
      starts_at: input.startsAt ? new Date(input.startsAt) : null,
      ends_at: input.endsAt ? new Date(input.endsAt) : null,
      usage_limit: input.usageLimit ?? null,
      per_customer_limit: input.perCustomerLimit ?? null,
      ...(input.active !== undefined ? { active: input.active } : {}),
    }
    const promotionId = id ?? newId('promo')
    if (id) await repo.update(id, row, tx)
    else await repo.insert({ id: promotionId, ...row }, tx)
    return viewOf(await repo.find(promotionId, tx))
  }

  return {
    create: (input: PromotionInput) => repo.db.transaction().execute((tx) => write(null, input, tx)),

    update: (id: string, patch: PromotionPatch) =>
      repo.db.transaction().execute(async (tx) => {
        const current = await repo.find(id, tx)
        if (!current) throw notFound('promotion', id)
        const merged = { ...viewToInput(viewOf(current)), ...patch } as PromotionInput
        if (patch.kind !== undefined && patch.kind !== current.kind) {
          // A kind change replaces the rule: the old kind's fields must not leak into the new one.
          for (const field of ['basisPoints', 'amount', 'target', 'buyQuantity', 'getQuantity', 'productIds'] as const)
            if (patch[field] === undefined) delete merged[field]
        }
        if (merged.usageLimit != null && merged.usageLimit < (current.usage_count as unknown as number))
          throw invalid('/body/usageLimit', `is below the ${String(current.usage_count)} uses already made`)
        return write(id, merged, tx)
      }),

    async get(id: string) {
      const row = await repo.find(id)
      if (!row) throw notFound('promotion', id)
      return viewOf(row)
    },

    async list(query: { limit: number; cursor?: string; active?: boolean; code?: string }) {
      const before = decodeCursor(query.cursor, 1)?.[0] as string | undefined
      const rows = await repo.list(query, query.limit, before)
      return pageFrom(rows, query.limit, viewOf, (row) => [row.id])
    },

    /** The promotions a cart in `currency` may stack: every automatic one and the one matching `code`. */
    async forCart(currency: string, code: string | null, tx: Db = repo.db): Promise<Promotion[]> {
      return (await repo.applicable(currency, code, tx)).map((row) => toPricing(row as unknown as Row))
    },

    /** Whether a code names a promotion at all, whatever its state. */
    codeExists: async (code: string, tx: Db = repo.db) => (await repo.findByCode(code, tx)) !== undefined,

    /**
     * Counts the uses of an order's promotions, in the checkout's transaction. Promotions are taken in
     * id order (as stock is in variant order) so concurrent checkouts lock rows in one order and never
     * deadlock. A promotion at its limit, or used up by this shopper, refuses the whole checkout.
     * `email` is the order's: a per-customer limit counts the shopper's uses under their customer id
     * and under that email alike, so one person cannot use a code once as a customer and again as a guest.
     */
    async redeem(
      tx: Db,
      input: {
        orderId: string
        shopperKey: string | null
        email?: string | null
        applied: { id: string; code?: string; amount: number }[]
      },
    ) {
      const emailKey = input.email ? emailKeyOf(input.email) : input.shopperKey?.startsWith('email:') ? input.shopperKey : null
      const keys = [...new Set([input.shopperKey, emailKey].filter((k): k is string => k !== null))]
      for (const use of [...input.applied].sort((a, b) => a.id.localeCompare(b.id))) {
        if (!(await repo.countUse(use.id, tx))) throw unavailable(use.code, 'has reached its usage limit')
        const promotion = await repo.find(use.id, tx)
        if (promotion?.per_customer_limit != null) {
          if (keys.length === 0) throw unavailable(use.code, 'needs an email to check its per-customer limit')
          if ((await repo.usesBy(use.id, keys, tx)) >= promotion.per_customer_limit)
            throw unavailable(use.code, 'was already used as often as one customer may')
        }
        await repo.recordUse(
          { promotion_id: use.id, order_id: input.orderId, shopper_key: input.shopperKey, email_key: emailKey, amount: use.amount },
          tx,
        )
      }
    },

    /** Gives back the uses of an order that was never paid (declined, abandoned). */
    releaseUses: (tx: Db, orderId: string) => repo.returnUse(orderId, tx),

    /**
     * A person's promotion uses, as a customer and (when an email is given) as a guest with their
     * email, for their data export.
     */
    async usesOf(customerId: string, email: string | null) {
      return (await repo.usesByShoppers(personKeys(customerId, email))).map((u) => ({
        promotionId: u.promotion_id,
        name: u.name,
        code: u.code,
        orderId: u.order_id,
        amount: u.amount,
        usedAt: u.created_at.toISOString(),
      }))
    },

    /**
     * Erasure, in the caller's transaction: the uses stay (the promotion's count and the orders'
     * discounts must still add up) but no longer say whose they were. A per-customer limit then
     * stops counting them, which is the price of forgetting the person. Without an email (the
     * account's address is not verified) only the uses keyed by the customer id are unlinked.
     */
    forgetShopper: (tx: Db, customerId: string, email: string | null) =>
      repo.forgetShoppers(personKeys(customerId, email), email === null ? null : emailKeyOf(email), tx),
  }
}

const personKeys = (customerId: string, email: string | null) => (email === null ? [customerId] : [customerId, emailKeyOf(email)])

function unavailable(code: string | undefined, why: string) {
  return new Problem({
    type: 'promotion-unavailable',
    detail: code ? `The code ${code} ${why}` : `An automatic promotion ${why}`,
    errors: [{ pointer: '/cart/promotionCode', detail: why }],
  })
}

function viewToInput(view: PromotionView): PromotionInput {
  const input: Record<string, unknown> = {}
  const keys = [
    'name',
    'code',
    'kind',
    'basisPoints',
    'amount',
    'currency',
    'target',
    'buyQuantity',
    'getQuantity',
    'productIds',
    'minSubtotal',
    'startsAt',
    'endsAt',
    'usageLimit',
    'perCustomerLimit',
    'active',
  ] as const
  for (const key of keys) if (view[key] !== null) input[key] = view[key]
  return input as PromotionInput
}

export type PromotionService = ReturnType<typeof createPromotionService>
