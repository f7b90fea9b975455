import 'server-only'
import { cache } from 'react'
import type { ResponseBody } from '@shopstack/sdk'
import { catalogApi, productTag } from './api'

export type CategoryNode = { id: string; handle: string; name: string; description: string | null; children: CategoryNode[] }
export type ProductView = ResponseBody<'/store/products/{handle}', 'get'>
export type SearchAnswer = ResponseBody<'/store/search', 'get'>
export type Region = ResponseBody<'/store/regions', 'get'>['items'][number]

/** The category tree, each node with the path of handles that is its URL (/categories/men/shoes). */
export const categoryTree = cache(async () => {
  const { data } = await catalogApi(60).GET('/store/categories')
  return (data?.items ?? []) as CategoryNode[]
})

export interface PlacedCategory {
  node: CategoryNode
  /** From the root down to this category, itself included. */
  trail: CategoryNode[]
}

/** Finds a category by its URL path; undefined unless every handle on the way matches. */
export async function categoryByPath(handles: string[]): Promise<PlacedCategory | undefined> {
  let level = await categoryTree()
  const trail: CategoryNode[] = []
  for (const handle of handles) {
    const node = level.find((c) => c.handle === handle)
    if (!node) return undefined
    trail.push(node)
    level = node.children
  }
  const node = trail.at(-1)
  return node && { node, trail }
}

/** The URL path of a category by id (for facet links and breadcrumbs). */
export async function categoryPaths(): Promise<Map<string, string>> {
  const paths = new Map<string, string>()
  const walk = (nodes: CategoryNode[], prefix: string) => {
    for (const node of nodes) {
      const path = `${prefix}/${node.handle}`
      paths.set(node.id, path)
      walk(node.children, path)
    }
  }
  walk(await categoryTree(), '/categories')
  return paths
}

export const regions = cache(async (): Promise<Region[]> => {
  const { data } = await catalogApi(300).GET('/store/regions')
  return data?.items ?? []
})

export const productByHandle = cache(async (handle: string, currency: string) => {
  const { data, response } = await catalogApi(60, [productTag(handle)]).GET('/store/products/{handle}', { params: { path: { handle } } })
  if (response.status === 404) return undefined
  if (!data) throw new Error(`product ${handle}: API answered ${response.status}`)
  return { product: data, currency }
})

export type SearchParams = Record<string, string | string[] | undefined>

const many = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'bestselling'] as const
export type Sort = (typeof SORTS)[number]

/** The listing's state, all of it in the URL so a filtered page can be shared and read without JavaScript. */
export interface ListingState {
  q: string
  brands: string[]
  filters: string[]
  minPrice?: number
  maxPrice?: number
  inStock: boolean
  sort?: Sort
  page: number
}

export function listingState(params: SearchParams): ListingState {
  const int = (value: string | undefined) => (value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined)
  const sort = one(params.sort)
  return {
    q: (one(params.q) ?? '').slice(0, 200),
    brands: many(params.brand).slice(0, 20),
    filters: many(params.filter)
      .filter((f) => f.includes(':'))
      .slice(0, 20),
    minPrice: int(one(params.minPrice)),
    maxPrice: int(one(params.maxPrice)),
    inStock: one(params.inStock) === 'true',
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : undefined,
    page: Math.min(Math.max(int(one(params.page)) ?? 1, 1), 100),
  }
}

export const PAGE_SIZE = 24

/** Runs a listing or a search through the API's search (facets included), for one category or collection or none. */
export async function searchListing(
  state: ListingState,
  scope: { category?: string; collection?: string },
  currency: string,
  shape: { facets?: boolean; limit?: number } = {},
) {
  const { data, error, response } = await catalogApi(15).GET('/store/search', {
    params: {
      query: {
        q: state.q || undefined,
        currency,
        category: scope.category ? [scope.category] : undefined,
        collection: scope.collection ? [scope.collection] : undefined,
        brand: state.brands.length > 0 ? state.brands : undefined,
        filter: state.filters.length > 0 ? state.filters : undefined,
        minPrice: state.minPrice,
        maxPrice: state.maxPrice,
        inStock: state.inStock || undefined,
        sort: state.sort,
        page: state.page,
        limit: shape.limit ?? PAGE_SIZE,
        facets: shape.facets ?? true,
      },
    },
  })
  if (!data) throw new Error(`search: API answered ${response.status} ${JSON.stringify(error)}`)
  return data
}

/** A URL for this listing with some of its state changed; every change but paging goes back to page 1. */
export function listingHref(base: string, state: ListingState, change: Partial<ListingState>): string {
  const next = { ...state, ...(change.page === undefined && { page: 1 }), ...change }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  for (const brand of next.brands) params.append('brand', brand)
  for (const filter of next.filters) params.append('filter', filter)
  if (next.minPrice !== undefined) params.set('minPrice', String(next.minPrice))
  if (next.maxPrice !== undefined) params.set('maxPrice', String(next.maxPrice))
  if (next.inStock) params.set('inStock', 'true')
  if (next.sort) params.set('sort', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `${base}?${query}` : base
}
