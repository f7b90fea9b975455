import type { ListingRow } from './listing-repo.js'
import type { ProductDetailRow } from './repo.js'
import type { ProductCard, ProductView } from './schemas.js'

export function toProductView(row: ProductDetailRow, availability: Map<string, number>): ProductView {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    descriptionHtml: row.description_html,
    status: row.status,
    brand: row.brand,
    productType: row.product_type,
    tags: row.tags,
    attributes: row.attributes,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    options: row.options,
    variants: row.variants.map((v) => ({ ...v, available: Math.max(0, availability.get(v.id) ?? 0) })),
    images: row.images,
    categories: row.categories,
    collections: row.collections,
    priceRanges: row.price_ranges,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

export function toProductCard(row: ListingRow, currency: string): ProductCard {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    brand: row.brand,
    status: row.status,
    thumbnail: row.thumbnail,
    price: row.min_amount === null ? null : { currency, min: Number(row.min_amount), max: Number(row.max_amount) },
    createdAt: new Date(row.created_at).toISOString(),
  }
}
