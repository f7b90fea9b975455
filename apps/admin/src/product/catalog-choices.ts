import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api'

interface CategoryNode {
  handle: string
  name: string
  children: CategoryNode[]
}

/** The tree as one list for a picker: "Clothing › Shirts", parents before children. */
export function flattenCategories(nodes: CategoryNode[], trail: string[] = []): { value: string; label: string }[] {
  return nodes.flatMap((node) => [
    { value: node.handle, label: [...trail, node.name].join(' › ') },
    ...flattenCategories(node.children, [...trail, node.name]),
  ])
}

/** What a product can be filed under and sold in: categories, collections, and the shop's currencies. */
export function useCatalogChoices() {
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => unwrap(api.GET('/admin/categories')),
    select: (data) => flattenCategories(data.items as CategoryNode[]),
  })
  const collections = useQuery({
    queryKey: ['collections', 'all'],
    queryFn: () => unwrap(api.GET('/admin/collections', { params: { query: { limit: 100 } } })),
    select: (data) => data.items.map((c) => ({ value: c.handle, label: c.title })),
  })
  // Every region's currency, in the order the regions are listed: the prices a product can carry.
  const currencies = useQuery({
    queryKey: ['currencies'],
    queryFn: () => unwrap(api.GET('/store/regions')),
    select: (data) => [...new Set(data.items.map((r) => r.currency))],
  })
  return { categories, collections, currencies }
}
