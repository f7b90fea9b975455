import type { VariantScheme } from './blueprints/index.js'
import { COLOURS, type Colour } from './colours.js'
import type { Random } from './random.js'

export interface AxisChoice {
  value: string
  /** Short and unique within its option, because it becomes part of the SKU. */
  code: string
  pricePercent: number
  weightPercent: number
}

export interface OptionAxis {
  name: string
  choices: readonly AxisChoice[]
}

export interface ProductAxes {
  axes: OptionAxis[]
  /** The colours offered, in option order; images are made per colour. */
  colours: Colour[]
}

/**
 * Every choice a scheme can offer, built once per scheme: per product we only pick from
 * these, which matters when a bench asks for 100k products.
 */
interface PreparedScheme {
  sizes: readonly AxisChoice[]
  colours: readonly Colour[]
}

const colourChoices = new Map<Colour, AxisChoice>(
  COLOURS.map((colour) => [colour, { value: colour.name, code: colour.code, pricePercent: 100, weightPercent: 100 }]),
)
const coloursByName = new Map<string, Colour>(COLOURS.map((colour) => [colour.name, colour]))
const prepared = new WeakMap<VariantScheme, PreparedScheme>()

function prepare(scheme: VariantScheme): PreparedScheme {
  const palette = 'palette' in scheme ? scheme.palette.map((name) => coloursByName.get(name) as Colour) : []
  switch (scheme.kind) {
    case 'size-and-colour': {
      const middle = (scheme.sizes.length - 1) / 2
      // Bigger sizes weigh a little more: 4% per size step around the middle size.
      const sizes = scheme.sizes.map((size, index) => ({
        value: size,
        code: size,
        pricePercent: 100,
        weightPercent: Math.round(100 + (index - middle) * 4),
      }))
      return { sizes, colours: palette }
    }
    case 'shoe-size-and-colour': {
      const sizes: AxisChoice[] = []
      for (let eu = scheme.smallestEu; eu <= scheme.largestEu; eu++)
        sizes.push({ value: `EU ${eu}`, code: `EU${eu}`, pricePercent: 100, weightPercent: 100 + (eu - 42) * 2 })
      return { sizes, colours: palette }
    }
    case 'choice':
      return {
        sizes: scheme.choices.map((choice) => ({ ...choice, code: choice.value.toUpperCase().replace(/[^A-Z0-9]/g, '') })),
        colours: [],
      }
    case 'colour':
    case 'default':
      return { sizes: [], colours: palette }
  }
}

/** A consecutive run keeps ranges realistic: 38–45 rather than 36, 41, 47. */
function consecutiveRun<T>(items: readonly T[], minLength: number, maxLength: number, random: Random): T[] {
  const length = random.int(Math.min(minLength, items.length), Math.min(maxLength, items.length))
  const start = random.int(0, items.length - length)
  return items.slice(start, start + length)
}

const colourAxis = (colours: readonly Colour[]): OptionAxis => ({
  name: 'Colour',
  choices: colours.map((colour) => colourChoices.get(colour) as AxisChoice),
})

/** The options one product offers, e.g. Size (XS–XL) × Colour (2–4 of the palette). */
export function pickAxes(scheme: VariantScheme, random: Random): ProductAxes {
  let ready = prepared.get(scheme)
  if (!ready) prepared.set(scheme, (ready = prepare(scheme)))
  switch (scheme.kind) {
    case 'size-and-colour': {
      const colours = random.sample(ready.colours, random.int(2, 4))
      return { axes: [{ name: 'Size', choices: ready.sizes }, colourAxis(colours)], colours }
    }
    case 'shoe-size-and-colour': {
      const colours = random.sample(ready.colours, random.int(2, 3))
      return { axes: [{ name: 'Size', choices: consecutiveRun(ready.sizes, 7, 9, random) }, colourAxis(colours)], colours }
    }
    case 'colour': {
      const colours = random.sample(ready.colours, random.int(2, 4))
      return { axes: [colourAxis(colours)], colours }
    }
    case 'choice':
      return { axes: [{ name: scheme.optionName, choices: consecutiveRun(ready.sizes, 2, 3, random) }], colours: [] }
    case 'default':
      return { axes: [], colours: [] }
  }
}
