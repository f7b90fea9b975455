import type { CatalogSearchFacts } from '../catalog/search-documents.js'
import type { SearchDocument } from './engine/port.js'

/** A search document from the catalog's facts, the variants that can be sold now, and units sold. */
export function toSearchDocument(facts: CatalogSearchFacts, sellable: Set<string>, sold: Map<string, number>): SearchDocument {
  const { variantIds, ...rest } = facts
  return { ...rest, inStock: variantIds.some((id) => sellable.has(id)), sales: sold.get(facts.id) ?? 0 }
}
