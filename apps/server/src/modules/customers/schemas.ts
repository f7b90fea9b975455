import { Type } from 'typebox'
import { Email, Id, IsoTime, Password } from '../../platform/http/schemas.js'

const Name = Type.String({ minLength: 1, maxLength: 100 })
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]))

export const CustomerView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  firstName: Type.Union([Type.String(), Type.Null()]),
  lastName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  emailVerified: Type.Boolean({
    description: 'Whether the customer proved, by a mailed link, that they receive mail at this address; a change of address clears it',
  }),
  createdAt: IsoTime,
})

export const RegisterBody = Type.Object({
  email: Email,
  password: Password,
  firstName: Type.Optional(Name),
  lastName: Type.Optional(Name),
  phone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[+0-9 ()-]{4,40}$' })),
  marketingConsent: Type.Optional(
    Type.Boolean({ description: 'The shopper’s answer to the marketing opt-in, recorded with source "registration"; absent: not asked' }),
  ),
})
export const LoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) })
export const CustomerSessionView = Type.Object({ customer: CustomerView, csrfToken: Type.String() })
export const MeView = CustomerSessionView

export const UpdateMeBody = Type.Object({
  firstName: OptionalText(100),
  lastName: OptionalText(100),
  phone: Type.Optional(Type.Union([Type.String({ maxLength: 40, pattern: '^[+0-9 ()-]{4,40}$' }), Type.Null()])),
})
export const ChangePasswordBody = Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password })
export const ResetRequestBody = Type.Object({ email: Email })
export const ResetBody = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }), newPassword: Password })
export const VerifyEmailBody = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) })

const AddressFields = {
  firstName: Name,
  lastName: Name,
  company: OptionalText(200),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: OptionalText(200),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  region: OptionalText(100),
  postalCode: Type.String({ minLength: 1, maxLength: 20 }),
  countryCode: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' }),
  phone: OptionalText(40),
  isDefaultShipping: Type.Optional(Type.Boolean()),
  isDefaultBilling: Type.Optional(Type.Boolean()),
}
export const AddressBody = Type.Object(AddressFields)
export const AddressPatchBody = Type.Partial(Type.Object(AddressFields), { minProperties: 1 })
export const AddressView = Type.Object({
  id: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  company: Type.Union([Type.String(), Type.Null()]),
  line1: Type.String(),
  line2: Type.Union([Type.String(), Type.Null()]),
  city: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.String(),
  countryCode: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  isDefaultShipping: Type.Boolean(),
  isDefaultBilling: Type.Boolean(),
})
export const AddressParams = Type.Object({ addressId: Id('addr') })
export const CustomerParams = Type.Object({ customerId: Id('cus') })
export const CustomerAddressParams = Type.Object({ customerId: Id('cus'), addressId: Id('addr') })
