import type { ProductInput, VariantInput } from '../schemas.js'
import { demoBarcode } from './barcode.js'
import type { VariantScheme } from './blueprints/index.js'
import type { Colour } from './colours.js'
import { pickAxes, type AxisChoice, type OptionAxis } from './option-axes.js'
import { scaleWholeUnits, variantPrices, type PriceEnding } from './pricing.js'
import type { Random } from './random.js'

export type OptionInput = NonNullable<ProductInput['options']>[number]

export interface VariantPlan {
  usdWholeUnits: number
  ending: PriceEnding
  /** Original price as a percentage of the sale price, or null when the product is not on sale. */
  compareAtPercent: number | null
  baseWeightGrams: number
  skuPrefix: string
  soldOut: boolean
}

export interface BuiltVariants {
  options: OptionInput[]
  variants: VariantInput[]
  /** The colours offered, in option order; images are made per colour. */
  colours: Colour[]
}

const SOLD_OUT_VARIANT_SHARE = 0.06

/**
 * Visits every combination of one choice per axis, first axis outermost; no axes visits the
 * single default variant once. One reused array instead of an array per combination, because
 * a 100k-product bench catalog has about a million variants.
 */
function forEachCombination(axes: readonly OptionAxis[], visit: (combo: readonly AxisChoice[]) => void): void {
  const combo: AxisChoice[] = []
  const walk = (depth: number): void => {
    const axis = axes[depth]
    if (!axis) return visit(combo)
    for (const choice of axis.choices) {
      combo[depth] = choice
      walk(depth + 1)
    }
  }
  walk(0)
}

function buildVariant(combo: readonly AxisChoice[], plan: VariantPlan, random: Random, nextBarcodeSerial: () => number): VariantInput {
  let sku = plan.skuPrefix
  let pricePercent = 100
  let weightPercent = 100
  const optionValues: string[] = []
  for (const choice of combo) {
    sku += `-${choice.code}`
    optionValues.push(choice.value)
    pricePercent = Math.floor((pricePercent * choice.pricePercent) / 100)
    weightPercent = Math.floor((weightPercent * choice.weightPercent) / 100)
  }
  const usdWholeUnits = scaleWholeUnits(plan.usdWholeUnits, pricePercent)
  const compareAtWholeUnits = plan.compareAtPercent === null ? null : scaleWholeUnits(usdWholeUnits, plan.compareAtPercent)
  return {
    sku,
    optionValues,
    weightGrams: Math.floor((plan.baseWeightGrams * weightPercent + 50) / 100),
    barcode: demoBarcode(nextBarcodeSerial()),
    prices: variantPrices(usdWholeUnits, plan.ending, compareAtWholeUnits),
    inventoryQuantity: plan.soldOut || random.chance(SOLD_OUT_VARIANT_SHARE) ? 0 : random.int(1, 200),
  }
}

export function buildVariants(scheme: VariantScheme, plan: VariantPlan, random: Random, nextBarcodeSerial: () => number): BuiltVariants {
  const { axes, colours } = pickAxes(scheme, random)
  const variants: VariantInput[] = []
  forEachCombination(axes, (combo) => variants.push(buildVariant(combo, plan, random, nextBarcodeSerial)))
  const options = axes.map((axis) => ({ name: axis.name, values: axis.choices.map((choice) => choice.value) }))
  return { options, variants, colours }
}
