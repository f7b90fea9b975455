import { applyPromotions, selectPromotions, type CodeRejection, type Promotion } from './promotions.js'
import { assertMinorUnits, sum } from './rounding.js'
import { priceShipping, type DeliveryWindow, type ShippingOption } from './shipping.js'
import { resolveTaxRate, taxOf, type CountryCode, type RegionTaxRates, type TaxClass } from './tax.js'

/**
 * The checkout calculator: a cart in, every amount the shopper sees out. Pure: no database, no clock
 * (`now` is passed in), no floats. Amounts are integer minor units of `currency`.
 *
 * Rounding rule: half up on minor units, per line. Discounts and tax are rounded on each line (and on
 * shipping) and every total is the plain sum of those rounded amounts, so the order total always equals
 * the sum of the lines plus shipping, and an invoice built from the lines adds up.
 */

export interface CartLineInput {
  id: string
  productId: string
  /** The product's categories, ancestors included. */
  categoryIds: string[]
  unitPrice: number
  quantity: number
  taxClass: TaxClass
  /** Weight of one unit. */
  weightGrams: number
}

export interface TotalsInput {
  currency: string
  /** True when prices already contain tax (typical B2C in the EU), false when tax is added on top (US). */
  pricesIncludeTax: boolean
  taxRates: RegionTaxRates
  country: CountryCode
  lines: CartLineInput[]
  /** The chosen shipping option; absent when none is chosen yet or nothing ships. */
  shipping?: ShippingOption
  promotions: Promotion[]
  code?: string
  now: Date
}

export interface LineTotals {
  id: string
  /** unitPrice × quantity, before discounts. */
  subtotal: number
  discount: number
  /** Tax on subtotal − discount; when prices include tax it is contained in that amount, not added. */
  tax: number
  /** subtotal − discount, plus tax when prices exclude it. */
  total: number
}

export interface ShippingTotals {
  /** The option's price (0 above its free-shipping threshold). */
  amount: number
  /** Taken off by a free_shipping promotion. */
  discount: number
  /** At the region's standard rate, on amount − discount. */
  tax: number
  total: number
  /** False when the chosen option cannot ship this cart (heavier than every tier); amounts are then 0. */
  available: boolean
  delivery?: DeliveryWindow
}

export interface Totals {
  currency: string
  lines: LineTotals[]
  /** Sum of line subtotals, before discounts. */
  subtotal: number
  /** Line discounts plus the shipping discount. */
  discountTotal: number
  shipping: ShippingTotals
  /** Line tax plus shipping tax (contained in the total when prices include tax). */
  taxTotal: number
  /** Sum of line totals plus the shipping total: what the shopper pays. */
  total: number
  /** Automatic promotions that took something off, and the accepted code promotion (even if it took 0 yet). */
  appliedPromotions: { id: string; code?: string; amount: number }[]
  /** Present when a code was entered but not applied, with the reason to show the shopper. */
  rejectedCode?: CodeRejection
}

/** Prices a cart: discounts, then tax per line on the discounted amounts, then shipping; see the rounding rule above. */
export function calculateTotals(input: TotalsInput): Totals {
  const { lines, pricesIncludeTax } = input
  for (const line of lines) {
    assertMinorUnits(line.unitPrice, `line ${line.id} unitPrice`)
    assertMinorUnits(line.quantity, `line ${line.id} quantity`)
    assertMinorUnits(line.weightGrams, `line ${line.id} weightGrams`)
    assertMinorUnits(line.unitPrice * line.quantity, `line ${line.id} subtotal`)
  }
  const subtotals = lines.map((line) => line.unitPrice * line.quantity)
  const subtotal = sum(subtotals)
  assertMinorUnits(subtotal, 'subtotal')

  const { selected, rejectedCode } = selectPromotions(input.promotions, lines, input.code, subtotal, input.now)
  const { lineDiscounts, byPromotion, freeShipping } = applyPromotions(lines, selected)

  const lineTotals = lines.map((line, i): LineTotals => {
    const net = subtotals[i]! - lineDiscounts[i]!
    const tax = taxOf(net, resolveTaxRate(input.taxRates, line.taxClass, input.country), pricesIncludeTax)
    return { id: line.id, subtotal: subtotals[i]!, discount: lineDiscounts[i]!, tax, total: pricesIncludeTax ? net : net + tax }
  })

  const shipping = shippingTotals(input, subtotal - sum(lineDiscounts), freeShipping !== undefined)
  if (freeShipping) byPromotion.set(freeShipping.id, (byPromotion.get(freeShipping.id) ?? 0) + shipping.discount)

  const appliedPromotions = selected
    .filter((p) => p.code !== undefined || (byPromotion.get(p.id) ?? 0) > 0)
    .map((p) => ({ id: p.id, ...(p.code !== undefined ? { code: p.code } : {}), amount: byPromotion.get(p.id) ?? 0 }))

  const total = sum(lineTotals.map((l) => l.total)) + shipping.total
  assertMinorUnits(total, 'total')
  return {
    currency: input.currency,
    lines: lineTotals,
    subtotal,
    discountTotal: sum(lineDiscounts) + shipping.discount,
    shipping,
    taxTotal: sum(lineTotals.map((l) => l.tax)) + shipping.tax,
    total,
    appliedPromotions,
    ...(rejectedCode ? { rejectedCode } : {}),
  }
}

/** Shipping is priced on the total parcel weight, made free by a free_shipping promotion, and taxed at the standard rate. */
function shippingTotals(input: TotalsInput, discountedSubtotal: number, free: boolean): ShippingTotals {
  const option = input.shipping
  const delivery = option?.delivery ? { delivery: option.delivery } : {}
  if (!option) return { amount: 0, discount: 0, tax: 0, total: 0, available: true }
  const weight = sum(input.lines.map((line) => line.weightGrams * line.quantity))
  const amount = priceShipping(option, weight, discountedSubtotal)
  if (amount === null) return { amount: 0, discount: 0, tax: 0, total: 0, available: false, ...delivery }
  const discount = free ? amount : 0
  const tax = taxOf(amount - discount, resolveTaxRate(input.taxRates, 'standard', input.country), input.pricesIncludeTax)
  const net = amount - discount
  return { amount, discount, tax, total: input.pricesIncludeTax ? net : net + tax, available: true, ...delivery }
}
