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

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]))

export const PostalAddress = Type.Object({
  firstName: Text(100),
  lastName: Text(100),
  company: OptionalText(200),
  line1: Text(200),
  line2: OptionalText(200),
  city: Text(100),
  region: OptionalText(100),
  postalCode: Text(20),
  countryCode: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, upper case' }),
  phone: Type.Optional(Type.Union([Type.String({ maxLength: 40, pattern: '^[+0-9 ()-]{4,40}$' }), Type.Null()])),
})

export const CartPatch = Type.Object(
  {
    shippingAddress: Type.Optional(Type.Union([PostalAddress, Type.Null()])),
    billingAddress: Type.Optional(Type.Union([PostalAddress, Type.Null()])),
    promotionCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
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
  shippingAddress: Type.Union([PostalAddress, Type.Null()]),
  billingAddress: Type.Union([PostalAddress, Type.Null()]),
  promotionCode: Type.Union([Type.String(), Type.Null()]),
  /** Why the entered code takes nothing off right now (it stays on the cart and may apply later). */
  promotionCodeRejection: Type.Union([Type.String(), Type.Null()]),
  promotions: Type.Array(Type.Object({ id: Type.String(), code: Type.Optional(Type.String()), amount: Money })),
  items: Type.Array(CartItemView),
  /** Lines kept on the cart but not sold now (product archived, no price in this currency); not in the totals. */
  unavailableItems: Type.Array(Type.Object({ id: Type.String(), variantId: Type.String(), quantity: Type.Integer() })),
  shipping: Type.Object({
    amount: Money,
    discount: Money,
    tax: Money,
    total: Money,
    /** False when the chosen option cannot carry this cart (heavier than every tier). */
    available: Type.Boolean(),
    delivery: Type.Union([Type.Object({ minDays: Type.Integer(), maxDays: Type.Integer() }), Type.Null()]),
  }),
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
