import { Type, type Static } from 'typebox'
import { Id, IsoTime } from '../../platform/http/schemas.js'
import { PageQuery } from '../../platform/http/pagination.js'

/** ISO 4217 alphabetic code. */
export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' })
/** Integer minor units (cents): never a float. */
export const MinorUnits = Type.Integer({ minimum: 0, maximum: 100_000_000_00, description: 'Amount in minor units (cents)' })
export const Money = Type.Object({ amount: MinorUnits, currency: Currency })

export const Handle = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 200,
  description: 'URL-safe, unique: lower-case words joined by hyphens',
})
export const ProductStatus = Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('archived')])

const Text = (max: number) => Type.String({ maxLength: max })
const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()])

export const PriceInput = Type.Object({
  currency: Currency,
  amount: MinorUnits,
  compareAtAmount: Type.Optional(Type.Union([MinorUnits, Type.Null()])),
})

export const VariantInput = Type.Object({
  sku: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
  optionValues: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 3 })),
  weightGrams: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 10_000_000 }), Type.Null()])),
  barcode: Type.Optional(NullableText(100)),
  prices: Type.Array(PriceInput, { minItems: 1, maxItems: 20 }),
  /** Stock at the default location. Set on create and by import; adjusted through inventory afterwards. */
  inventoryQuantity: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
})

export const OptionInput = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  values: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 100 }),
})

export const ImageInput = Type.Object({
  // Only uploads and https: a javascript: or data: URL would be stored XSS wherever a client links it.
  url: Type.String({
    minLength: 1,
    maxLength: 2000,
    pattern: '^(https://|/media/)[^\\s]+$',
    description: 'A /media/… path from an upload, or an https URL',
  }),
  alt: Type.Optional(Text(500)),
  width: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Pixels, as the upload answered' })),
  height: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
})

export const ProductInput = Type.Object({
  handle: Handle,
  title: Type.String({ minLength: 1, maxLength: 300 }),
  descriptionHtml: Type.Optional(Text(100_000)),
  status: Type.Optional(ProductStatus),
  brand: Type.Optional(NullableText(200)),
  productType: Type.Optional(NullableText(200)),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 })),
  attributes: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 500 }), { maxProperties: 100 })),
  seoTitle: Type.Optional(NullableText(300)),
  seoDescription: Type.Optional(NullableText(1000)),
  options: Type.Optional(Type.Array(OptionInput, { maxItems: 3 })),
  variants: Type.Array(VariantInput, { minItems: 1, maxItems: 250 }),
  categoryHandles: Type.Optional(Type.Array(Handle, { maxItems: 50 })),
  collectionHandles: Type.Optional(Type.Array(Handle, { maxItems: 50 })),
  images: Type.Optional(Type.Array(ImageInput, { maxItems: 50 })),
})
export type ProductInput = Static<typeof ProductInput>
export type VariantInput = Static<typeof VariantInput>

/** A PATCH may change anything; a variants array, when sent, replaces the variants (matched by SKU to keep ids). */
export const ProductPatch = Type.Partial(ProductInput, { minProperties: 1 })
export type ProductPatch = Static<typeof ProductPatch>

export const VariantView = Type.Object({
  id: Type.String(),
  sku: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  optionValues: Type.Array(Type.String()),
  weightGrams: Type.Union([Type.Integer(), Type.Null()]),
  barcode: Type.Union([Type.String(), Type.Null()]),
  prices: Type.Array(
    Type.Object({ amount: Type.Integer(), currency: Type.String(), compareAtAmount: Type.Union([Type.Integer(), Type.Null()]) }),
  ),
  available: Type.Integer({ description: 'Units that can be sold now (on hand minus reserved, all locations)' }),
})

export const ImageView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  alt: Type.String(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
})
export const PriceRange = Type.Object({ currency: Type.String(), min: Type.Integer(), max: Type.Integer() })

export const ProductView = Type.Object({
  id: Type.String(),
  handle: Type.String(),
  title: Type.String(),
  descriptionHtml: Type.String(),
  status: ProductStatus,
  brand: Type.Union([Type.String(), Type.Null()]),
  productType: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  attributes: Type.Record(Type.String(), Type.String()),
  seoTitle: Type.Union([Type.String(), Type.Null()]),
  seoDescription: Type.Union([Type.String(), Type.Null()]),
  options: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(Type.String()) })),
  variants: Type.Array(VariantView),
  images: Type.Array(ImageView),
  categories: Type.Array(Type.Object({ id: Type.String(), handle: Type.String(), name: Type.String() })),
  collections: Type.Array(Type.Object({ id: Type.String(), handle: Type.String(), title: Type.String() })),
  priceRanges: Type.Array(PriceRange),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})
export type ProductView = Static<typeof ProductView>

/** What a listing card needs. */
export const ProductCard = Type.Object({
  id: Type.String(),
  handle: Type.String(),
  title: Type.String(),
  brand: Type.Union([Type.String(), Type.Null()]),
  status: ProductStatus,
  thumbnail: Type.Union([ImageView, Type.Null()]),
  price: Type.Union([PriceRange, Type.Null()]),
  createdAt: IsoTime,
})
export type ProductCard = Static<typeof ProductCard>

export const ProductSort = Type.Union([
  Type.Literal('newest'),
  Type.Literal('price_asc'),
  Type.Literal('price_desc'),
  Type.Literal('title'),
])

export const StoreProductQuery = Type.Object({
  ...PageQuery,
  currency: Type.Optional(Currency),
  category: Type.Optional(Handle),
  collection: Type.Optional(Handle),
  brand: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  minPrice: Type.Optional(MinorUnits),
  maxPrice: Type.Optional(MinorUnits),
  sort: Type.Optional(ProductSort),
})
export type StoreProductQuery = Static<typeof StoreProductQuery>

export const AdminProductQuery = Type.Object({
  ...StoreProductQuery.properties,
  status: Type.Optional(ProductStatus),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Title or handle contains' })),
})
export type AdminProductQuery = Static<typeof AdminProductQuery>

export const ProductIdParams = Type.Object({ productId: Id('prod') })
export const HandleParams = Type.Object({ handle: Handle })

export const CategoryInput = Type.Object({
  handle: Handle,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(NullableText(5000)),
  parentHandle: Type.Optional(Type.Union([Handle, Type.Null()])),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
})
export type CategoryInput = Static<typeof CategoryInput>
export const CategoryPatch = Type.Partial(CategoryInput, { minProperties: 1 })

export interface CategoryNode {
  id: string
  handle: string
  name: string
  description: string | null
  position: number
  children: CategoryNode[]
}
// Children have the same shape; declared loosely so the serializer needs no recursive schema.
export const CategoryNode = Type.Object({
  id: Type.String(),
  handle: Type.String(),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  position: Type.Integer(),
  children: Type.Array(Type.Any(), { description: 'Child categories, each of this same shape' }),
})
export const CategoryParams = Type.Object({ categoryId: Id('cat') })

export const CollectionInput = Type.Object({
  handle: Handle,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(NullableText(5000)),
})
export const CollectionView = Type.Object({
  id: Type.String(),
  handle: Type.String(),
  title: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
})
export const CollectionParams = Type.Object({ collectionId: Id('coll') })
