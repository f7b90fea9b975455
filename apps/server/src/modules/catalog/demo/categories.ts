import type { CategoryInput } from '../schemas.js'

interface CategorySpec {
  handle: string
  name: string
  description: string
  children?: CategorySpec[]
}

const leaf = (handle: string, name: string, description: string): CategorySpec => ({ handle, name, description })

const TREE: CategorySpec[] = [
  {
    handle: 'apparel',
    name: 'Apparel',
    description: 'Everyday clothing in natural and recycled fibres.',
    children: [
      {
        handle: 'mens-apparel',
        name: 'Men',
        description: 'Wardrobe staples for men.',
        children: [
          leaf('mens-t-shirts', 'T-Shirts', 'Crew necks, pocket tees and heavyweight classics.'),
          leaf('mens-shirts', 'Shirts', 'Oxfords, overshirts and summer linen.'),
          leaf('mens-jackets', 'Jackets', 'Layers for wind, rain and cold mornings.'),
          leaf('mens-trousers', 'Trousers', 'Chinos and work pants that move with you.'),
        ],
      },
      {
        handle: 'womens-apparel',
        name: 'Women',
        description: 'Considered pieces for women.',
        children: [
          leaf('womens-dresses', 'Dresses', 'Wrap, midi and slip dresses for every season.'),
          leaf('womens-tops', 'Tops', 'Blouses, tanks and easy everyday tops.'),
          leaf('womens-knitwear', 'Knitwear', 'Sweaters and cardigans in wool, alpaca and cotton.'),
          leaf('womens-jackets', 'Jackets & Coats', 'Outerwear from light rain shells to wool coats.'),
        ],
      },
    ],
  },
  {
    handle: 'footwear',
    name: 'Footwear',
    description: 'Shoes and boots for the road, the trail and the city.',
    children: [
      leaf('running-shoes', 'Running Shoes', 'Cushioned and lightweight shoes for road and trail.'),
      leaf('hiking-boots', 'Hiking Boots', 'Supportive, weatherproof boots for long days out.'),
      leaf('sneakers', 'Sneakers', 'Low-tops and high-tops for everyday wear.'),
    ],
  },
  {
    handle: 'home',
    name: 'Home',
    description: 'Things to cook with, eat from and settle into.',
    children: [
      {
        handle: 'kitchen',
        name: 'Kitchen',
        description: 'Tools for everyday cooking.',
        children: [
          leaf('cookware', 'Cookware', 'Pans, pots and skillets built to last.'),
          leaf('kitchen-knives', 'Knives', 'Sharp, balanced knives for every cut.'),
          leaf('tableware', 'Tableware', 'Plates, bowls and mugs for the table.'),
        ],
      },
      {
        handle: 'living-room',
        name: 'Living Room',
        description: 'Soft furnishings for slow evenings.',
        children: [
          leaf('cushions', 'Cushions', 'Cushions and covers in linen, wool and velvet.'),
          leaf('throws', 'Throws & Blankets', 'Warm layers for the sofa and the bed.'),
        ],
      },
    ],
  },
  {
    handle: 'electronics',
    name: 'Electronics',
    description: 'Audio and power gear that travels well.',
    children: [
      {
        handle: 'audio',
        name: 'Audio',
        description: 'Headphones and speakers.',
        children: [
          leaf('headphones', 'Headphones', 'Over-ear, on-ear and in-ear listening.'),
          leaf('speakers', 'Speakers', 'Portable and home speakers.'),
        ],
      },
      {
        handle: 'charging',
        name: 'Charging',
        description: 'Keep your devices going.',
        children: [leaf('power-banks', 'Power Banks', 'Portable batteries for phones, tablets and laptops.')],
      },
    ],
  },
  {
    handle: 'outdoor',
    name: 'Outdoor',
    description: 'Kit for camping, hiking and long days outside.',
    children: [
      {
        handle: 'camping',
        name: 'Camping',
        description: 'Shelter and sleep systems.',
        children: [
          leaf('tents', 'Tents', 'From ultralight solo shelters to family tents.'),
          leaf('sleeping-bags', 'Sleeping Bags', 'Down and synthetic bags for every season.'),
        ],
      },
      {
        handle: 'hiking',
        name: 'Hiking',
        description: 'Carry and hydrate.',
        children: [
          leaf('backpacks', 'Backpacks', 'Daypacks, rolltops and travel packs.'),
          leaf('water-bottles', 'Water Bottles', 'Insulated and lightweight bottles.'),
        ],
      },
    ],
  },
  {
    handle: 'accessories',
    name: 'Accessories',
    description: 'The finishing touches.',
    children: [leaf('hats', 'Hats', 'Beanies, caps and sun hats.')],
  },
]

/** Depth-first pre-order, so every parent is listed before its children and can be created first. */
function flattenParentsFirst(specs: CategorySpec[], parentHandle: string | null, into: CategoryInput[]): CategoryInput[] {
  specs.forEach((spec, position) => {
    into.push({ handle: spec.handle, name: spec.name, description: spec.description, parentHandle, position })
    if (spec.children) flattenParentsFirst(spec.children, spec.handle, into)
  })
  return into
}

export const DEMO_CATEGORIES: readonly CategoryInput[] = flattenParentsFirst(TREE, null, [])

const byHandle = new Map(DEMO_CATEGORIES.map((category) => [category.handle, category]))

export function demoCategory(handle: string): CategoryInput {
  const category = byHandle.get(handle)
  if (!category) throw new Error(`Unknown demo category: ${handle}`)
  return category
}
