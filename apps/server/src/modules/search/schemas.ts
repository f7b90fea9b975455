import { Type, type Static } from 'typebox'
import { Currency, Handle, MinorUnits, ProductCard } from '../catalog/schemas.js'
import { Id } from '../../platform/http/schemas.js'

export const MAX_PAGE = 100
export const MAX_QUERY_LENGTH = 1000

const Sort = Type.Union([
  Type.Literal('relevance'),
  Type.Literal('price_asc'),
  Type.Literal('price_desc'),
  Type.Literal('newest'),
  Type.Literal('bestselling'),
])

export const SearchQueryString = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: MAX_QUERY_LENGTH, description: 'What the shopper typed; empty: everything matching the filters' }),
  ),
  currency: Type.Optional(Currency),
  category: Type.Optional(Type.Array(Handle, { maxItems: 20, description: 'Category handles; a category includes its descendants' })),
  collection: Type.Optional(Type.Array(Handle, { maxItems: 20 })),
  brand: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
  minPrice: Type.Optional(MinorUnits),
  maxPrice: Type.Optional(MinorUnits),
  inStock: Type.Optional(Type.Boolean()),
  filter: Type.Optional(
    Type.Array(Type.String({ pattern: '^[^:]{1,100}:.{1,200}$', description: 'attribute:value, e.g. size:M or colour:Navy' }), {
      maxItems: 50,
      description: 'Attribute filters: several values of one attribute are OR-ed, attributes AND-ed',
    }),
  ),
  sort: Type.Optional(Sort),
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 24 }),
  facets: Type.Boolean({ default: true }),
})
export type SearchQueryString = Static<typeof SearchQueryString>

const Facet = Type.Object({ value: Type.String(), count: Type.Integer(), selected: Type.Boolean() })

export const SearchResponse = Type.Object({
  query: Type.String(),
  /** The words searched for after typo correction and synonyms, when they differ from what was typed. */
  interpretedAs: Type.Union([Type.String(), Type.Null()]),
  currency: Type.String(),
  total: Type.Integer(),
  page: Type.Integer(),
  limit: Type.Integer(),
  items: Type.Array(
    Type.Object({
      ...ProductCard.properties,
      inStock: Type.Boolean(),
      highlightedTitle: Type.String({ description: 'HTML-escaped title with matches in <mark>' }),
    }),
  ),
  facets: Type.Union([
    Type.Object({
      brand: Type.Array(Facet),
      category: Type.Array(
        Type.Object({ id: Type.String(), handle: Type.String(), name: Type.String(), count: Type.Integer(), selected: Type.Boolean() }),
      ),
      price: Type.Array(
        Type.Object({
          min: Type.Integer(),
          max: Type.Union([Type.Integer(), Type.Null()]),
          count: Type.Integer(),
          selected: Type.Boolean(),
        }),
      ),
      attributes: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(Facet) })),
    }),
    Type.Null(),
  ]),
})
export type SearchResponse = Static<typeof SearchResponse>

export const SuggestQueryString = Type.Object({
  q: Type.String({ maxLength: 200 }),
  currency: Type.Optional(Currency),
  limit: Type.Integer({ minimum: 1, maximum: 20, default: 8 }),
})
export type SuggestQueryString = Static<typeof SuggestQueryString>

export const SuggestResponse = Type.Object({
  query: Type.String(),
  products: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), highlightedLabel: Type.String(), handle: Type.String() })),
  categories: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), highlightedLabel: Type.String(), handle: Type.String() })),
  brands: Type.Array(Type.Object({ label: Type.String(), highlightedLabel: Type.String() })),
})
export type SuggestResponse = Static<typeof SuggestResponse>

export const SynonymGroupInput = Type.Object({
  words: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 2, maxItems: 50 }),
})
export const SynonymGroupView = Type.Object({ id: Type.String(), words: Type.Array(Type.String()) })
export const SynonymParams = Type.Object({ groupId: Id('syn') })
export const StopWords = Type.Object({ words: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000 }) })
export const ZeroResultQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  page: Type.Integer({ minimum: 1, maximum: 1000, default: 1 }),
})
export const ZeroResultDismissQuery = Type.Object({
  query: Type.String({ minLength: 1, maxLength: 200, description: 'The query as the report lists it' }),
})
export const ZeroResultList = Type.Object({
  items: Type.Array(Type.Object({ query: Type.String(), searches: Type.Integer(), firstAt: Type.String(), lastAt: Type.String() })),
  page: Type.Integer(),
})
