/** A small hand-made catalog for the engine's tests; every expected result in them is read off this list. */
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from '../port.js'

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`)

const base: Omit<SearchDocument, 'id' | 'title'> = {
  handle: '',
  brand: null,
  productType: null,
  categoryIds: [],
  categoryNames: [],
  collectionIds: [],
  tags: [],
  description: '',
  attributes: {},
  prices: {},
  inStock: true,
  thumbnail: null,
  createdAt: day('2026-01-01'),
  sales: 0,
}

export const doc = (id: string, title: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  ...base,
  id,
  handle: id.replace('p_', ''),
  title,
  ...fields,
})

const usd = (min: number, max = min) => ({ USD: { min, max } })
const apparel = { categoryIds: ['cat_apparel'], categoryNames: ['Apparel'] }
const jackets = { categoryIds: ['cat_apparel', 'cat_jackets'], categoryNames: ['Apparel', 'Jackets'] }
const tshirts = { categoryIds: ['cat_apparel', 'cat_tshirts'], categoryNames: ['Apparel', 'T-Shirts'] }
const home = { categoryIds: ['cat_home'], categoryNames: ['Home'] }
const kitchen = { categoryIds: ['cat_home', 'cat_kitchen'], categoryNames: ['Home', 'Kitchen'] }

export const CATALOG: SearchDocument[] = [
  doc('p_rain', 'Waterproof Rain Jacket', {
    ...jackets,
    brand: 'Northwind',
    tags: ['outdoor'],
    description: 'Seam-sealed shell for wet days.',
    attributes: { size: ['S', 'M'], colour: ['Navy'] },
    prices: { USD: { min: 12_000, max: 15_000 }, EUR: { min: 11_000, max: 14_000 } },
    createdAt: day('2026-01-10'),
    sales: 50,
  }),
  doc('p_down', 'Down Puffer Jacket', {
    ...jackets,
    brand: 'Zephyr',
    description: 'The warmest goose down.',
    attributes: { size: ['M', 'L'], colour: ['Black'] },
    prices: usd(25_000),
    inStock: false,
    createdAt: day('2026-03-01'),
    sales: 10,
  }),
  doc('p_tee', 'Organic Cotton T-Shirt', {
    ...tshirts,
    brand: 'Acme & Sons',
    attributes: { size: ['S', 'M', 'L'], colour: ['White', 'Navy'] },
    prices: { USD: { min: 2_500, max: 2_500 }, EUR: { min: 2_300, max: 2_300 } },
    createdAt: day('2025-12-01'),
    sales: 300,
  }),
  doc('p_tee2', 'Heavyweight Pocket Tee', {
    ...tshirts,
    brand: 'Northwind',
    attributes: { size: ['L'], colour: ['Black'] },
    prices: usd(3_500),
    createdAt: day('2026-02-01'),
    sales: 120,
  }),
  doc('p_creme', 'Crème Brûlée Torch', {
    ...kitchen,
    brand: 'Acme & Sons',
    description: 'Caramelise sugar like a pâtissier.',
    prices: usd(4_500),
    createdAt: day('2025-11-01'),
    sales: 5,
  }),
  doc('p_knives', 'Chef Knives Set', {
    ...kitchen,
    brand: 'Zephyr',
    attributes: { material: ['Steel'] },
    prices: usd(8_900),
    createdAt: day('2026-01-20'),
    sales: 40,
  }),
  doc('p_boxes', 'Storage Boxes', {
    ...home,
    brand: 'Northwind',
    collectionIds: ['col_sale'],
    prices: usd(1_500),
    createdAt: day('2025-10-01'),
  }),
  doc('p_mug', 'Enamel Camping Mug', {
    ...kitchen,
    brand: 'Acme & Sons',
    collectionIds: ['col_sale'],
    prices: usd(1_200),
    createdAt: day('2026-03-10'),
    sales: 80,
  }),
  doc('p_html', `Tom & Jerry's <Best> "Mug"`, { ...kitchen, prices: usd(999), createdAt: day('2026-02-15') }),
  doc('p_organiser', 'Accessories Organiser', { ...home, brand: 'Zephyr', prices: usd(3_000), createdAt: day('2025-09-01') }),
  doc('p_sweater', 'Merino Sweater', { ...apparel, brand: 'Northwind', prices: usd(9_000), createdAt: day('2026-01-05'), sales: 60 }),
  doc('p_shoes', 'Trail Running Shoes', { ...apparel, brand: 'Zephyr', prices: usd(11_000), createdAt: day('2026-02-20'), sales: 70 }),
  doc('p_cap', 'Wool Cap', { ...apparel, brand: 'Northwind', prices: usd(1_900), createdAt: day('2025-07-01') }),
  doc('p_cape', 'Hooded Cape', { ...apparel, brand: 'Zephyr', prices: usd(5_900), createdAt: day('2025-08-01') }),
]

export async function* batches(documents: SearchDocument[], size = 5): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < documents.length; i += size) yield documents.slice(i, i + size)
}

export const DICTIONARY = {
  synonyms: [
    ['tee', 't-shirt', 'tshirt'],
    ['jumper', 'sweater', 'pullover'],
  ],
  stopWords: ['the', 'for', 'a'],
}

/** A search with the storefront's defaults; `extra` overrides them. */
export function searcher(engine: SearchEngine) {
  return (text: string, extra: Partial<SearchQuery> = {}): Promise<SearchResult> =>
    engine.search({ text, currency: 'USD', filters: {}, sort: 'relevance', offset: 0, limit: 50, facets: false, ...extra })
}

export const idsOf = (result: SearchResult) => result.hits.map((hit) => hit.id)
export const sortedIds = (result: SearchResult) => idsOf(result).sort()
