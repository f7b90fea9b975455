/**
 * Generated search documents for the search benchmark: titles from adjective + material + product
 * type vocabularies, a two-level category tree (40 categories), 50 brands, size/colour/material
 * attributes and USD/EUR prices. Deterministic: the same seed gives the same catalog.
 */
import type { SearchDocument } from '../apps/server/src/modules/search/engine/port.js'

/** mulberry32: small, fast and good enough to spread products over vocabularies. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!

interface Leaf {
  id: string
  name: string
  types: string[]
  sizes: string[]
}
interface Root {
  id: string
  name: string
  leaves: Leaf[]
}

const CLOTHES = ['XS', 'S', 'M', 'L', 'XL', 'XXL']
const SHOES = ['38', '39', '40', '41', '42', '43', '44', '45']
const ONE = ['One size']

const tree: [string, [string, string[], string[]][]][] = [
  [
    'Apparel',
    [
      ['T-Shirts', ['T-Shirt', 'Tee', 'Henley'], CLOTHES],
      ['Shirts', ['Shirt', 'Oxford Shirt', 'Overshirt'], CLOTHES],
      ['Jackets', ['Jacket', 'Parka', 'Bomber Jacket', 'Windbreaker'], CLOTHES],
      ['Knitwear', ['Sweater', 'Cardigan', 'Jumper'], CLOTHES],
      ['Trousers', ['Chinos', 'Trousers', 'Joggers'], CLOTHES],
      ['Dresses', ['Dress', 'Midi Dress', 'Slip Dress'], CLOTHES],
      ['Hoodies', ['Hoodie', 'Sweatshirt'], CLOTHES],
    ],
  ],
  [
    'Footwear',
    [
      ['Sneakers', ['Sneakers', 'Trainers', 'Running Shoes'], SHOES],
      ['Boots', ['Boots', 'Chelsea Boots', 'Hiking Boots'], SHOES],
      ['Sandals', ['Sandals', 'Slides'], SHOES],
      ['Slippers', ['Slippers', 'Moccasins'], SHOES],
      ['Formal Shoes', ['Loafers', 'Brogues', 'Derby Shoes'], SHOES],
    ],
  ],
  [
    'Outdoor',
    [
      ['Backpacks', ['Backpack', 'Daypack', 'Rucksack'], ONE],
      ['Tents', ['Tent', 'Shelter', 'Bivvy'], ONE],
      ['Sleeping Bags', ['Sleeping Bag', 'Quilt'], ONE],
      ['Camp Kitchen', ['Stove', 'Cookset', 'Mug'], ONE],
      ['Rainwear', ['Rain Jacket', 'Poncho', 'Rain Trousers'], CLOTHES],
    ],
  ],
  [
    'Home',
    [
      ['Bedding', ['Duvet Cover', 'Pillowcase', 'Sheet Set'], ONE],
      ['Kitchen', ['Chef Knife', 'Cutting Board', 'Saucepan', 'Kettle'], ONE],
      ['Lighting', ['Lamp', 'Pendant Light', 'Lantern'], ONE],
      ['Decor', ['Vase', 'Cushion', 'Throw', 'Candle'], ONE],
      ['Bath', ['Towel', 'Bath Mat', 'Robe'], ONE],
    ],
  ],
  [
    'Electronics',
    [
      ['Headphones', ['Headphones', 'Earbuds'], ONE],
      ['Speakers', ['Speaker', 'Soundbar'], ONE],
      ['Chargers', ['Charger', 'Power Bank', 'Cable'], ONE],
      ['Watches', ['Smartwatch', 'Fitness Tracker'], ONE],
      ['Cameras', ['Camera', 'Action Camera'], ONE],
    ],
  ],
  [
    'Accessories',
    [
      ['Bags', ['Tote Bag', 'Messenger Bag', 'Wallet'], ONE],
      ['Hats', ['Beanie', 'Cap', 'Bucket Hat'], ONE],
      ['Scarves', ['Scarf', 'Snood'], ONE],
      ['Belts', ['Belt'], ['S', 'M', 'L']],
      ['Sunglasses', ['Sunglasses'], ONE],
      ['Jewellery', ['Necklace', 'Bracelet', 'Earrings', 'Ring'], ONE],
    ],
  ],
]

export const CATEGORIES: Root[] = tree.map(([name, leaves], r) => ({
  id: `cat_${r + 1}`,
  name,
  leaves: leaves.map(([leafName, types, sizes], l) => ({ id: `cat_${r + 1}_${l + 1}`, name: leafName, types, sizes })),
}))

const BRAND_PARTS = ['North', 'Stone', 'Alder', 'Fjell', 'Ridge', 'Cobalt', 'Linden', 'Harbor', 'Ember', 'Moss']
const BRAND_ENDS = ['& Co', 'Works', 'Supply', 'Outfitters', 'Studio']
export const BRANDS = BRAND_PARTS.flatMap((part) => BRAND_ENDS.map((end) => `${part} ${end}`))

export const ADJECTIVES = [
  'Lightweight',
  'Classic',
  'Heavyweight',
  'Relaxed',
  'Slim',
  'Waterproof',
  'Insulated',
  'Organic',
  'Recycled',
  'Vintage',
  'Essential',
  'Everyday',
  'Packable',
  'Breathable',
  'Rugged',
  'Soft',
  'Quilted',
  'Textured',
  'Washed',
  'Brushed',
  'Tailored',
  'Oversized',
  'Cropped',
  'Ribbed',
  'Padded',
  'Stretch',
  'Thermal',
  'Compact',
  'Handmade',
  'Modern',
]
export const MATERIALS = [
  'Cotton',
  'Merino',
  'Linen',
  'Wool',
  'Cashmere',
  'Denim',
  'Leather',
  'Suede',
  'Nylon',
  'Canvas',
  'Fleece',
  'Corduroy',
  'Bamboo',
  'Hemp',
  'Alpaca',
  'Silk',
  'Oak',
  'Walnut',
  'Ceramic',
  'Steel',
  'Copper',
  'Brass',
  'Glass',
  'Stoneware',
  'Aluminium',
]
export const COLOURS = [
  'Navy',
  'Black',
  'White',
  'Grey',
  'Olive',
  'Sand',
  'Rust',
  'Forest',
  'Burgundy',
  'Sky',
  'Charcoal',
  'Cream',
  'Mustard',
  'Teal',
  'Blush',
]
const TAGS = ['new', 'sale', 'bestseller', 'limited', 'gift', 'eco', 'travel', 'winter', 'summer', 'classic']
const DESCRIPTION_WORDS = [
  'made',
  'for',
  'everyday',
  'wear',
  'with',
  'a',
  'clean',
  'finish',
  'and',
  'durable',
  'construction',
  'designed',
  'to',
  'last',
  'through',
  'seasons',
  'of',
  'use',
  'easy',
  'care',
  'machine',
  'washable',
  'comfortable',
  'fit',
  'responsibly',
  'sourced',
  'materials',
  'timeless',
  'style',
  'that',
  'pairs',
  'well',
  'anything',
  'in',
  'your',
  'wardrobe',
  'home',
]

/**
 * Invented words built from syllables: model names in titles and the long tail of description words.
 * A real catalog's vocabulary runs to tens of thousands of words, and typo lookups cost with it.
 */
function inventedWords(count: number, seed: number): string[] {
  const next = random(seed)
  const syllables = [
    'ka',
    'lo',
    'mer',
    'tin',
    'sa',
    'vel',
    'ro',
    'dan',
    'qui',
    'bre',
    'ost',
    'al',
    'un',
    'phe',
    'gar',
    'is',
    'mo',
    'ter',
    'ven',
    'cal',
  ]
  const words = new Set<string>()
  while (words.size < count) words.add(Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(next, syllables)).join(''))
  return [...words]
}
const MODELS = inventedWords(3_000, 11).map((word) => word[0]!.toUpperCase() + word.slice(1))
const RARE_WORDS = inventedWords(20_000, 12)
/** Rare words follow a Zipf-like curve: a few are common, most appear a handful of times. */
const rareWord = (next: () => number) => RARE_WORDS[Math.floor(next() ** 3 * RARE_WORDS.length)]!

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 1)

/** Product `n` of a catalog generated from `seed`. */
export function generateDocument(n: number, next: () => number): SearchDocument {
  const root = pick(next, CATEGORIES)
  const leaf = pick(next, root.leaves)
  const type = pick(next, leaf.types)
  const material = pick(next, MATERIALS)
  const adjective = pick(next, ADJECTIVES)
  const brand = pick(next, BRANDS)
  const colours = [...new Set([pick(next, COLOURS), pick(next, COLOURS)])].slice(0, 1 + Math.floor(next() * 2))
  const sizes = leaf.sizes.filter(() => next() < 0.7)
  const usd = Math.round((5 + next() ** 2 * 500) * 100) - 1
  const description = Array.from({ length: 20 + Math.floor(next() * 20) }, () =>
    next() < 0.2 ? rareWord(next) : pick(next, DESCRIPTION_WORDS),
  ).join(' ')
  const model = next() < 0.4 ? `${pick(next, MODELS)} ` : ''
  const prices: SearchDocument['prices'] = { USD: { min: usd, max: Math.round(usd * (1 + next() * 0.4)) } }
  if (next() < 0.95) prices.EUR = { min: Math.round(usd * 0.92), max: Math.round(usd * 0.92 * (1 + next() * 0.4)) }
  return {
    id: `prod_${String(n).padStart(7, '0')}`,
    handle: `product-${n}`,
    title: `${model}${adjective} ${material} ${type}`,
    brand,
    productType: type,
    categoryIds: [root.id, leaf.id],
    categoryNames: [root.name, leaf.name],
    collectionIds: next() < 0.2 ? [`col_${1 + Math.floor(next() * 10)}`] : [],
    tags: [pick(next, TAGS), pick(next, TAGS)].filter((tag, i, all) => all.indexOf(tag) === i),
    description: `${adjective} ${type.toLowerCase()} in ${material.toLowerCase()}: ${description}.`,
    attributes: { material: [material], colour: colours, ...(sizes.length > 0 && { size: sizes }) },
    prices,
    inStock: next() < 0.9,
    thumbnail: `/media/${n}.webp`,
    createdAt: NOW - Math.floor(next() * 730 * DAY),
    sales: Math.floor(next() ** 4 * 5_000),
  }
}

/** `count` documents in batches, generated as they are read. */
export async function* documentBatches(count: number, seed = 7, batch = 1_000): AsyncGenerator<SearchDocument[]> {
  const next = random(seed)
  for (let start = 1; start <= count; start += batch) {
    const docs: SearchDocument[] = []
    for (let n = start; n < Math.min(count + 1, start + batch); n++) docs.push(generateDocument(n, next))
    yield docs
  }
}
