/** What the catalog announces (versioned; see docs/events.md). */
/** product.changed v1: products whose searchable facts (text, prices, categories, status) may have changed. */
export interface ProductChangedV1 {
  productIds: string[]
}

/** category.changed v1: a category was renamed or moved; the products in its subtree read differently. */
export interface CategoryChangedV1 {
  categoryId: string
}

export const CATALOG_TOPICS = { productChanged: 'product.changed', categoryChanged: 'category.changed' } as const
