import { assertMinorUnits } from './rounding.js'

/** An estimated delivery window in days, shown to the shopper and passed through untouched. */
export interface DeliveryWindow {
  minDays: number
  maxDays: number
}

/** One *weight tier*: the price for parcels up to `upToGrams` (inclusive); null means no upper limit. */
export interface WeightTier {
  upToGrams: number | null
  amount: number
}

/**
 * A *shipping option* the shopper picked: a flat price, or a price by total parcel weight. `freeAbove`
 * makes the option cost nothing once the discounted subtotal reaches it (a store's "free over 50.00").
 */
export type ShippingOption = ({ kind: 'flat'; amount: number } | { kind: 'weight'; tiers: WeightTier[] }) & {
  freeAbove?: number
  delivery?: DeliveryWindow
}

/**
 * The price of a shipping option for a parcel, or null when the option cannot ship it (heavier than every tier).
 * Weight tiers are scanned in the order given and the first whose upToGrams ≥ the weight wins, so list them
 * lightest first. `discountedSubtotal` is the lines' subtotal after discounts: a discount that drops the cart
 * below `freeAbove` also brings the shipping charge back, which is what stores expect.
 */
export function priceShipping(option: ShippingOption, weightGrams: number, discountedSubtotal: number): number | null {
  assertMinorUnits(weightGrams, 'weightGrams')
  let amount: number
  if (option.kind === 'flat') {
    amount = option.amount
  } else {
    const tier = option.tiers.find((t) => t.upToGrams === null || t.upToGrams >= weightGrams)
    if (!tier) return null
    amount = tier.amount
  }
  assertMinorUnits(amount, 'shipping amount')
  if (option.freeAbove !== undefined && discountedSubtotal >= option.freeAbove) return 0
  return amount
}
