import { Type, type Static } from 'typebox'
import { Currency, MinorUnits } from '../catalog/schemas.js'
import { Id, IsoTime, Nullable } from '../../platform/http/schemas.js'
import { PageQuery } from '../../platform/http/pagination.js'

/**
 * Minor units or null, as one list of types. Request bodies are validated with type coercion, and in
 * a union the integer branch would first turn null into 0, a minimum subtotal where none was asked for.
 */
const MinorUnitsOrNull = Type.Unsafe<number | null>({
  type: ['integer', 'null'],
  minimum: 0,
  maximum: 100_000_000_00,
  description: 'Amount in minor units, or null for none',
})
const BasisPoints = Type.Integer({ minimum: 1, maximum: 10_000, description: 'Basis points: 1500 = 15 %' })
const IdList = (prefix: string) => Type.Array(Id(prefix), { minItems: 1, maxItems: 500, uniqueItems: true })

export const PromotionCode = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$',
  description: 'Letters, digits, - and _, 3 to 40 characters; compared case-insensitively',
})

export const PromotionTarget = Type.Union([
  Type.Object({ scope: Type.Literal('order') }),
  Type.Object({ scope: Type.Literal('products'), productIds: IdList('prod') }),
  Type.Object({ scope: Type.Literal('categories'), categoryIds: IdList('cat') }),
])

const PromotionKind = Type.Union([
  Type.Literal('percentage'),
  Type.Literal('fixed'),
  Type.Literal('free_shipping'),
  Type.Literal('buy_x_get_y'),
])

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  code: Type.Optional(Nullable(PromotionCode)),
  kind: PromotionKind,
  basisPoints: Type.Optional(BasisPoints),
  amount: Type.Optional(MinorUnits),
  currency: Type.Optional(Nullable(Currency)),
  target: Type.Optional(PromotionTarget),
  buyQuantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  getQuantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  productIds: Type.Optional(IdList('prod')),
  minSubtotal: Type.Optional(MinorUnitsOrNull),
  startsAt: Type.Optional(Nullable(IsoTime)),
  endsAt: Type.Optional(Nullable(IsoTime)),
  usageLimit: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100_000_000 }), Type.Null()])),
  perCustomerLimit: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
}

/**
 * One shape for every kind; which fields a kind needs is checked by the service with a pointer per field:
 * percentage → basisPoints + target; fixed → amount + currency + target; free_shipping → nothing;
 * buy_x_get_y → buyQuantity + getQuantity + productIds (basisPoints = share off the free units, default 100 %).
 */
export const PromotionInput = Type.Object(fields)
export type PromotionInput = Static<typeof PromotionInput>
export const PromotionPatch = Type.Partial(Type.Object(fields), { minProperties: 1 })
export type PromotionPatch = Static<typeof PromotionPatch>

export const PromotionView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  kind: PromotionKind,
  basisPoints: Type.Union([Type.Integer(), Type.Null()]),
  amount: Type.Union([Type.Integer(), Type.Null()]),
  currency: Type.Union([Type.String(), Type.Null()]),
  target: Type.Union([PromotionTarget, Type.Null()]),
  buyQuantity: Type.Union([Type.Integer(), Type.Null()]),
  getQuantity: Type.Union([Type.Integer(), Type.Null()]),
  productIds: Type.Union([Type.Array(Type.String()), Type.Null()]),
  minSubtotal: Type.Union([Type.Integer(), Type.Null()]),
  startsAt: Type.Union([Type.String(), Type.Null()]),
  endsAt: Type.Union([Type.String(), Type.Null()]),
  usageLimit: Type.Union([Type.Integer(), Type.Null()]),
  perCustomerLimit: Type.Union([Type.Integer(), Type.Null()]),
  usageCount: Type.Integer(),
  active: Type.Boolean(),
  createdAt: Type.String(),
})
export type PromotionView = Static<typeof PromotionView>

export const PromotionParams = Type.Object({ promotionId: Id('promo') })
export const PromotionListQuery = Type.Object({
  ...PageQuery,
  active: Type.Optional(Type.Boolean()),
  code: Type.Optional(Type.String({ maxLength: 40 })),
})
