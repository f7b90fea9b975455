import { Type, type Static } from 'typebox'
import { Currency, Handle, MinorUnits } from '../catalog/schemas.js'
import { Id } from '../../platform/http/schemas.js'

const BasisPoints = Type.Integer({ minimum: 0, maximum: 10_000, description: 'A rate in basis points: 2000 = 20 %' })
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, upper case' })
const TaxClass = Type.Union([Type.Literal('standard'), Type.Literal('reduced'), Type.Literal('zero')])

export const TaxRates = Type.Object({ standard: BasisPoints, reduced: BasisPoints, zero: Type.Optional(BasisPoints) })

export const RegionInput = Type.Object({
  handle: Handle,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  currency: Currency,
  countries: Type.Array(Country, { minItems: 1, maxItems: 250, uniqueItems: true }),
  pricesIncludeTax: Type.Optional(Type.Boolean()),
  taxRates: TaxRates,
  taxOverrides: Type.Optional(Type.Array(Type.Object({ country: Country, taxClass: TaxClass, rate: BasisPoints }), { maxItems: 500 })),
})
export type RegionInput = Static<typeof RegionInput>
export const RegionPatch = Type.Partial(RegionInput, { minProperties: 1 })

export const RegionView = Type.Object({
  id: Type.String(),
  handle: Type.String(),
  name: Type.String(),
  currency: Type.String(),
  countries: Type.Array(Type.String()),
  pricesIncludeTax: Type.Boolean(),
  taxRates: Type.Object({ standard: Type.Integer(), reduced: Type.Integer(), zero: Type.Integer() }),
  taxOverrides: Type.Array(Type.Object({ country: Type.String(), taxClass: TaxClass, rate: Type.Integer() })),
})
export type RegionView = Static<typeof RegionView>

/**
 * Minor units or null, as one list of types. Request bodies are validated with type coercion, and in
 * a union the integer branch would first turn null into 0: "free above 0", free for every cart.
 */
const MinorUnitsOrNull = Type.Unsafe<number | null>({
  type: ['integer', 'null'],
  minimum: 0,
  maximum: 100_000_000_00,
  description: 'Amount in minor units, or null for none',
})

const DeliveryWindow = { minDays: Type.Integer({ minimum: 0, maximum: 365 }), maxDays: Type.Integer({ minimum: 0, maximum: 365 }) }
const Tier = Type.Object({ upToGrams: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]), amount: MinorUnits })

const shippingFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Union([Type.Literal('flat'), Type.Literal('weight')]),
  amount: Type.Optional(MinorUnits),
  tiers: Type.Optional(Type.Array(Tier, { minItems: 1, maxItems: 50 })),
  freeAbove: Type.Optional(MinorUnitsOrNull),
  ...DeliveryWindow,
}

/** flat → amount and no tiers; weight → tiers (going up in weight, an unlimited one last) and no amount. */
export const ShippingOptionInput = Type.Object(shippingFields)
export type ShippingOptionInput = Static<typeof ShippingOptionInput>
/** Only the fields that change; a change of kind brings the new kind's amount or tiers and drops the old one's. */
export const ShippingOptionPatch = Type.Partial(Type.Object(shippingFields), { minProperties: 1 })
export type ShippingOptionPatch = Static<typeof ShippingOptionPatch>

export const ShippingOptionView = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('flat'), Type.Literal('weight')]),
  amount: Type.Union([Type.Integer(), Type.Null()]),
  tiers: Type.Union([Type.Array(Tier), Type.Null()]),
  freeAbove: Type.Union([Type.Integer(), Type.Null()]),
  currency: Type.String(),
  minDays: Type.Integer(),
  maxDays: Type.Integer(),
})
export type ShippingOptionView = Static<typeof ShippingOptionView>

export const RegionParams = Type.Object({ regionId: Id('reg') })
export const ShippingOptionParams = Type.Object({ regionId: Id('reg'), optionId: Id('ship') })
