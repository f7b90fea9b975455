import type { ProductInput } from '../schemas.js'
import { brandNamed } from './brands.js'
import { PRODUCT_BLUEPRINTS, type ProductBlueprint } from './blueprints/index.js'
import { buildVariants } from './build-variants.js'
import { demoCategory } from './categories.js'
import { chooseCollections } from './collections.js'
import type { Colour } from './colours.js'
import { composeTitle, describeProduct } from './describe-product.js'
import { slugify, type HandleRegistry } from './handles.js'
import type { PriceEnding } from './pricing.js'
import { demoImages } from './product-images.js'
import { weightedPicker, type Random } from './random.js'

export type DemoProduct = ProductInput & { collectionHandles?: string[] }

export interface ProductFactory {
  random: Random
  handles: HandleRegistry
  nextBarcodeSerial: () => number
  /** Titles repeat in a large catalog (about 17k distinct in 100k products), so their slugs are worth caching. */
  slugs: Map<string, string>
}

function cachedSlug(text: string, factory: ProductFactory): string {
  let slug = factory.slugs.get(text)
  if (slug === undefined) factory.slugs.set(text, (slug = slugify(text)))
  return slug
}

const DRAFT_SHARE = 0.05
const ON_SALE_SHARE = 0.15
const SOLD_OUT_PRODUCT_SHARE = 0.02
/** Most shops end prices in .99; some use round or half prices. */
const PRICE_ENDINGS: readonly PriceEnding[] = [99, 99, 99, 99, 99, 0, 0, 50]
/** Collection-style names that make titles varied without adding nonsense. */
const PRODUCT_LINES = ['Heritage', 'Studio', 'Coastal', 'Essential', 'Alpine', 'Weekend', 'Atelier', 'Meridian', 'Fjord', 'Archive']

const pickBlueprint = weightedPicker(PRODUCT_BLUEPRINTS, (blueprint) => blueprint.frequency)

function categoryLabel(blueprint: ProductBlueprint): string {
  const name = demoCategory(blueprint.categoryHandle).name
  if (blueprint.audience === 'men') return `Men's ${name}`
  if (blueprint.audience === 'women') return `Women's ${name}`
  return name
}

/** "T-Shirt" → "TSH": readable in a warehouse, and the sequence number does the uniqueness. */
const skuTypeCode = (productType: string) =>
  productType
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase()

function pickAttributes(blueprint: ProductBlueprint, material: string, colours: readonly Colour[], random: Random): Record<string, string> {
  const attributes: Record<string, string> = { material }
  if (colours.length > 0) attributes.colourFamily = [...new Set(colours.map((colour) => colour.family))].join(', ')
  for (const [name, values] of Object.entries(blueprint.attributes ?? {})) attributes[name] = random.pick(values)
  return attributes
}

/** Builds product number `sequence` (1-based); everything random comes from the factory's seeded stream. */
export function buildDemoProduct(sequence: number, factory: ProductFactory): DemoProduct {
  const { random } = factory
  const blueprint = pickBlueprint(random)
  const brand = brandNamed(random.pick(blueprint.brands))
  const noun = random.pick(blueprint.nouns)
  const material = random.pick(blueprint.materials)
  const style = random.chance(0.85) ? random.pick(blueprint.styles) : undefined
  const model = blueprint.models ? random.pick(blueprint.models) : undefined
  const candidateLine = !model && random.chance(0.35) ? random.pick(PRODUCT_LINES) : undefined
  const line = candidateLine === style ? undefined : candidateLine
  const title = composeTitle({ brand: brand.name, model, line, material: blueprint.materialInTitle ? material : undefined, style, noun })
  const handle = factory.handles.claim(cachedSlug(title, factory))

  const usdWholeUnits = random.int(blueprint.priceUsd[0], blueprint.priceUsd[1])
  const onSale = random.chance(ON_SALE_SHARE)
  const { options, variants, colours } = buildVariants(
    blueprint.variants,
    {
      usdWholeUnits,
      ending: random.pick(PRICE_ENDINGS),
      compareAtPercent: onSale ? random.int(125, 160) : null,
      baseWeightGrams: random.int(blueprint.weightGrams[0], blueprint.weightGrams[1]),
      skuPrefix: `${brand.code}-${skuTypeCode(blueprint.productType)}-${String(sequence).padStart(6, '0')}`,
      soldOut: random.chance(SOLD_OUT_PRODUCT_SHARE),
    },
    random,
    factory.nextBarcodeSerial,
  )

  const status = random.chance(DRAFT_SHARE) ? 'draft' : 'active'
  const seasons = blueprint.seasons ?? []
  const collectionHandles = chooseCollections({ seasons, giftable: blueprint.giftable ?? false, usdWholeUnits, onSale }, random)
  const tags = new Set<string>([
    ...(blueprint.audience ? [blueprint.audience] : []),
    cachedSlug(blueprint.productType, factory),
    cachedSlug(material, factory),
  ])
  for (const colour of colours) tags.add(colour.family.toLowerCase())
  for (const season of seasons) tags.add(season)
  if (onSale) tags.add('sale')
  if (collectionHandles.includes('new-arrivals')) tags.add('new')

  const wording = describeProduct({
    title,
    brandName: brand.name,
    brandStory: brand.story,
    noun,
    material,
    pitch: random.pick(blueprint.pitches),
    features: random.sample(blueprint.features, 3),
    care: blueprint.care,
    categoryLabel: categoryLabel(blueprint),
  })

  return {
    handle,
    title,
    descriptionHtml: wording.descriptionHtml,
    status,
    brand: brand.name,
    productType: blueprint.productType,
    tags: [...tags],
    attributes: pickAttributes(blueprint, material, colours, random),
    seoTitle: wording.seoTitle,
    seoDescription: wording.seoDescription,
    options,
    variants,
    categoryHandles: [blueprint.categoryHandle],
    collectionHandles,
    images: demoImages(handle, title, colours, random.int(1, 3)),
  }
}
