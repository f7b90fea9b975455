import { Type, type Static } from 'typebox'
import { Email, Id, IsoTime, Nullable } from '../../platform/http/schemas.js'

const Quantity = Type.Integer({ minimum: 1, maximum: 1000 })
const Money = Type.Integer({ description: 'Minor units of the cart’s currency' })

export const CartParams = Type.Object({ cartId: Id('cart') })
export const CartItemParams = Type.Object({ cartId: Id('cart'), itemId: Id('citem') })

export const CreateCartBody = Type.Object({ regionId: Type.Optional(Id('reg')) })
export type CreateCartInput = Static<typeof CreateCartBody>

/** Only what the shopper chooses: the price always comes from the catalog. */
export const AddItemBody = Type.Object({ variantId: Id('var'), quantity: Quantity })
export type AddItemInput = Static<typeof AddItemBody>

export const UpdateItemBody = Type.Object({ quantity: Quantity })
export type UpdateItemInput = Static<typeof UpdateItemBody>

export const CartPatch = Type.Object(
  {
    email: Type.Optional(Nullable(Email)),
    countryCode: Type.Optional(Nullable(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, upper case' }))),
    shippingOptionId: Type.Optional(Nullable(Id('ship'))),
  },
  { minProperties: 1 },
)
export type CartPatch = Static<typeof CartPatch>

export const CartItemView = Type.Object({
  id: Type.String(),
  variantId: Type.String(),
  productId: Type.String(),
  title: Type.String(),
  variantTitle: Type.String(),
  sku: Type.Union([Type.String(), Type.Null()]),
  thumbnail: Type.Union([Type.String(), Type.Null()]),
  quantity: Type.Integer(),
  unitPrice: Money,
  subtotal: Money,
  discount: Money,
  tax: Money,
  total: Money,
})

export const CartView = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  currency: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  countryCode: Type.Union([Type.String(), Type.Null()]),
  shippingOptionId: Type.Union([Type.String(), Type.Null()]),
  items: Type.Array(CartItemView),
  totals: Type.Object({
    subtotal: Money,
    discountTotal: Money,
    shippingTotal: Money,
    taxTotal: Money,
    total: Money,
  }),
  expiresAt: IsoTime,
})
export type CartView = Static<typeof CartView>
