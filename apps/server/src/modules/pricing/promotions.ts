import { prorate } from './prorate.js'
import { FULL_BASIS_POINTS, assertMinorUnits, percentOf, sum } from './rounding.js'

/**
 * Promotions: which ones apply to a cart, and how much each takes off each line.
 *
 * Stacking rule. Every eligible automatic promotion (one without a code) applies, plus at most one
 * code promotion: the first eligible one whose code matches the code entered (codes compare
 * case-insensitively). They apply in a fixed order, whatever order they are listed in:
 *   1. buy_x_get_y, on unit prices;
 *   2. percentage promotions, each on what is left of the line after the discounts before it
 *      (so 10 % then 20 % is 28 % off, not 30 %);
 *   3. fixed amounts, each capped at what is left of its target lines and prorated across them by
 *      those remaining amounts.
 * Within a step, promotions apply in list order. A line's discount never exceeds its subtotal.
 * free_shipping takes the whole shipping charge off. Rounding is half up, once per line per promotion.
 *
 * Eligibility is checked here by time window and minimum subtotal only; usage limits are not, because
 * the database enforces those atomically when the order is placed.
 */

/** What a discount reaches: the whole order, some products, or some categories (a line's categoryIds include ancestors). */
export type PromotionTarget =
  { scope: 'order' } | { scope: 'products'; productIds: string[] } | { scope: 'categories'; categoryIds: string[] }

export type PromotionAction =
  | { kind: 'percentage'; basisPoints: number; target: PromotionTarget }
  | { kind: 'fixed'; amount: number; target: PromotionTarget }
  | { kind: 'free_shipping' }
  | { kind: 'buy_x_get_y'; buyQuantity: number; getQuantity: number; percentOffBasisPoints: number; productIds: string[] }

/**
 * A promotion. Without `code` it is *automatic*; with one, the shopper must enter it. It is live from
 * `startsAt` (inclusive) to `endsAt` (exclusive), and only when the pre-discount subtotal is at least `minSubtotal`.
 */
export type Promotion = PromotionAction & { id: string; code?: string; minSubtotal?: number; startsAt?: Date; endsAt?: Date }

/** Why an entered code was not applied; returned to the shopper, never thrown. */
export type CodeRejection = 'unknown-code' | 'not-started' | 'expired' | 'min-subtotal-not-met' | 'not-applicable'

/** The parts of a cart line that promotions look at. */
export interface DiscountableLine {
  productId: string
  categoryIds: readonly string[]
  unitPrice: number
  quantity: number
}

/** Why a promotion is not live for this cart right now, or null when it is. */
export function ineligibility(
  promotion: Promotion,
  subtotal: number,
  now: Date,
): Exclude<CodeRejection, 'unknown-code' | 'not-applicable'> | null {
  if (promotion.startsAt && now.getTime() < promotion.startsAt.getTime()) return 'not-started'
  if (promotion.endsAt && now.getTime() >= promotion.endsAt.getTime()) return 'expired'
  if (promotion.minSubtotal !== undefined && subtotal < promotion.minSubtotal) return 'min-subtotal-not-met'
  return null
}

const normalizeCode = (code: string) => code.trim().toUpperCase()

/** Picks the promotions that stack for this cart (see the stacking rule above), keeping their list order. */
export function selectPromotions(
  promotions: readonly Promotion[],
  lines: readonly DiscountableLine[],
  code: string | undefined,
  subtotal: number,
  now: Date,
): { selected: Promotion[]; rejectedCode?: CodeRejection } {
  const automatic = promotions.filter((p) => p.code === undefined && ineligibility(p, subtotal, now) === null)
  if (code === undefined || code.trim() === '') return { selected: automatic }
  const matching = promotions.filter((p) => p.code !== undefined && normalizeCode(p.code) === normalizeCode(code))
  if (matching.length === 0) return { selected: automatic, rejectedCode: 'unknown-code' }
  const chosen = matching.find((p) => ineligibility(p, subtotal, now) === null)
  if (!chosen) return { selected: automatic, rejectedCode: ineligibility(matching[0]!, subtotal, now)! }
  if (!lines.some((line) => reaches(chosen, line))) return { selected: automatic, rejectedCode: 'not-applicable' }
  return { selected: promotions.filter((p) => p === chosen || automatic.includes(p)) }
}

/** Whether a promotion can discount this line at all (free_shipping reaches every cart). */
export function reaches(promotion: Promotion, line: DiscountableLine): boolean {
  if (promotion.kind === 'free_shipping') return true
  if (promotion.kind === 'buy_x_get_y') return promotion.productIds.includes(line.productId)
  const target = promotion.target
  if (target.scope === 'order') return true
  if (target.scope === 'products') return target.productIds.includes(line.productId)
  return line.categoryIds.some((id) => target.categoryIds.includes(id))
}

/**
 * Discounted units per line for a buy-x-get-y promotion. This is the common "cheapest items free" rule:
 * line up the matching units by unit price, dearest first, cut them into groups of buy + get, and in each
 * complete group the cheapest `get` units are discounted; a trailing incomplete group gets nothing.
 * Counted arithmetically per line, so a line of 10 000 units costs no more than a line of one.
 */
export function buyXGetYUnits(lines: readonly DiscountableLine[], buy: number, get: number, productIds: readonly string[]): number[] {
  const group = buy + get
  const matching = lines.map((line, i) => ({ line, i })).filter(({ line }) => productIds.includes(line.productId))
  matching.sort((a, b) => b.line.unitPrice - a.line.unitPrice || a.i - b.i)
  const units = sum(matching.map(({ line }) => line.quantity))
  const limit = Math.floor(units / group) * group
  // Discounted positions among the first n sorted units.
  const countBefore = (n: number) => Math.floor(n / group) * get + Math.max(0, (n % group) - buy)
  const result = lines.map(() => 0)
  let start = 0
  for (const { line, i } of matching) {
    const end = start + line.quantity
    result[i] = countBefore(Math.min(end, limit)) - countBefore(Math.min(start, limit))
    start = end
  }
  return result
}

const STEP: Record<Promotion['kind'], number> = { buy_x_get_y: 0, percentage: 1, fixed: 2, free_shipping: 3 }

/** Applies the selected promotions to the lines in stacking order; returns each line's discount and each promotion's share. */
export function applyPromotions(
  lines: readonly DiscountableLine[],
  selected: readonly Promotion[],
): { lineDiscounts: number[]; byPromotion: Map<string, number>; freeShipping: Promotion | undefined } {
  const remaining = lines.map((line) => line.unitPrice * line.quantity)
  const byPromotion = new Map<string, number>()
  const take = (promotion: Promotion, amounts: number[]) => {
    amounts.forEach((amount, i) => (remaining[i] = remaining[i]! - amount))
    byPromotion.set(promotion.id, (byPromotion.get(promotion.id) ?? 0) + sum(amounts))
  }
  const ordered = [...selected].sort((a, b) => STEP[a.kind] - STEP[b.kind]) // stable: list order within a step
  for (const promotion of ordered) {
    validate(promotion)
    if (promotion.kind === 'buy_x_get_y') {
      const free = buyXGetYUnits(lines, promotion.buyQuantity, promotion.getQuantity, promotion.productIds)
      take(
        promotion,
        lines.map((line, i) => Math.min(remaining[i]!, percentOf(line.unitPrice * free[i]!, promotion.percentOffBasisPoints))),
      )
    } else if (promotion.kind === 'percentage') {
      take(
        promotion,
        lines.map((line, i) => (reaches(promotion, line) ? percentOf(remaining[i]!, promotion.basisPoints) : 0)),
      )
    } else if (promotion.kind === 'fixed') {
      const weights = lines.map((line, i) => (reaches(promotion, line) ? remaining[i]! : 0))
      take(promotion, prorate(Math.min(promotion.amount, sum(weights)), weights))
    } else {
      byPromotion.set(promotion.id, 0) // the shipping discount is known only once shipping is priced
    }
  }
  const lineDiscounts = lines.map((line, i) => line.unitPrice * line.quantity - remaining[i]!)
  return { lineDiscounts, byPromotion, freeShipping: ordered.find((p) => p.kind === 'free_shipping') }
}

/** Rejects malformed promotion data: it comes from the admin, so a bad one is a bug to surface, not a cart to misprice. */
function validate(promotion: Promotion): void {
  const bp =
    promotion.kind === 'percentage' ? promotion.basisPoints : promotion.kind === 'buy_x_get_y' ? promotion.percentOffBasisPoints : 0
  assertMinorUnits(bp, `promotion ${promotion.id} basis points`)
  if (bp > FULL_BASIS_POINTS) throw new RangeError(`promotion ${promotion.id} takes more than 100 % off`)
  if (promotion.kind === 'fixed') assertMinorUnits(promotion.amount, `promotion ${promotion.id} amount`)
  if (promotion.kind === 'buy_x_get_y') {
    assertMinorUnits(promotion.buyQuantity, `promotion ${promotion.id} buyQuantity`)
    if (!Number.isSafeInteger(promotion.getQuantity) || promotion.getQuantity < 1) {
      throw new RangeError(`promotion ${promotion.id} getQuantity must be at least 1`)
    }
  }
}
