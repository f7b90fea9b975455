import { Type, type Static } from 'typebox'
import { IsoTime } from '../../platform/http/schemas.js'
import { AddressView, CustomerView } from '../customers/schemas.js'
import { PostalAddress } from '../cart/schemas.js'
import { OrderView } from '../orders/schemas.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const Money = Type.Integer({ description: 'Minor units of the currency' })

export const CONSENT_PURPOSES = ['marketing'] as const
/** Where a shopper can give or withdraw a consent; 'admin' is reserved for decisions recorded by staff. */
export const SHOPPER_CONSENT_SOURCES = ['account', 'checkout', 'registration'] as const

export const ConsentEntry = Type.Object({
  purpose: Type.Enum(CONSENT_PURPOSES),
  granted: Type.Boolean(),
  source: Type.String({ description: 'Where the decision was made: account, checkout, registration, admin' }),
  at: IsoTime,
})

export const ConsentState = Type.Object({
  granted: Type.Boolean({ description: 'false until the shopper grants it' }),
  source: Nullable(Type.String()),
  at: Nullable(IsoTime),
})

export const ConsentsView = Type.Object({
  current: Type.Object({ marketing: ConsentState }),
  history: Type.Array(ConsentEntry, { description: 'Every decision, oldest first; a withdrawal is a newer entry, never an edit' }),
})
export type ConsentsView = Static<typeof ConsentsView>

export const ConsentBody = Type.Object({
  granted: Type.Boolean(),
  source: Type.Optional(Type.Enum(SHOPPER_CONSENT_SOURCES, { default: 'account', description: 'Where the shopper made the decision' })),
})

export const EraseMeBody = Type.Object({
  password: Type.String({ minLength: 1, maxLength: 200, description: 'The current password, to confirm' }),
})

export const ErasureView = Type.Object({
  customerId: Type.String(),
  erasedAt: IsoTime,
  addressesDeleted: Type.Integer(),
  consentsDeleted: Type.Integer(),
  cartsDeleted: Type.Integer(),
  ordersAnonymized: Type.Integer(),
  promotionUsesUnlinked: Type.Integer(),
  eventsDeleted: Type.Integer(),
  eventsScrubbed: Type.Integer(),
  idempotencyKeysDeleted: Type.Integer(),
  mailDeleted: Type.Integer(),
})
export type ErasureView = Static<typeof ErasureView>

const CartExport = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('expired')]),
  regionId: Type.String(),
  currency: Type.String(),
  email: Nullable(Type.String()),
  countryCode: Nullable(Type.String()),
  shippingAddress: Nullable(PostalAddress),
  billingAddress: Nullable(PostalAddress),
  shippingOptionId: Nullable(Type.String()),
  promotionCode: Nullable(Type.String()),
  items: Type.Array(Type.Object({ id: Type.String(), variantId: Type.String(), quantity: Type.Integer(), addedAt: IsoTime })),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  expiresAt: IsoTime,
  completedAt: Nullable(IsoTime),
})

const PaymentExport = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    provider: Type.String(),
    status: Type.String(),
    currency: Type.String(),
    amount: Money,
    authorizedAmount: Money,
    capturedAmount: Money,
    refundedAmount: Money,
    card: Nullable(Type.Object({ brand: Type.String(), last4: Type.String() })),
    createdAt: IsoTime,
  },
  { description: 'The shop never holds a card number or CVC; of the card it keeps only the brand and the last four digits' },
)

const PromotionUseExport = Type.Object({
  promotionId: Type.String(),
  name: Type.String(),
  code: Nullable(Type.String()),
  orderId: Type.String(),
  amount: Money,
  usedAt: IsoTime,
})

const SessionExport = Type.Object(
  {
    createdAt: Nullable(IsoTime),
    expiresAt: IsoTime,
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
  },
  { description: 'A live sign-in; its token is never stored, so never exported' },
)

/** Version 1 of the export file; docs/privacy.md describes every field. */
export const PersonalDataExport = Type.Object(
  {
    format: Type.Literal('shopstack.personal-data-export'),
    version: Type.Literal(1),
    exportedAt: IsoTime,
    customer: CustomerView,
    addresses: Type.Array(AddressView),
    consents: ConsentsView,
    carts: Type.Array(CartExport),
    orders: Type.Array(Type.Omit(OrderView, ['payments']), {
      description:
        'The account’s orders and guest orders placed with its email (in the customer’s own file only once the email is verified), oldest first',
    }),
    payments: Type.Array(PaymentExport),
    promotionUses: Type.Array(PromotionUseExport),
    sessions: Type.Array(SessionExport),
  },
  { description: 'Everything the shop holds about one customer (GDPR art. 15 and 20), as one JSON file' },
)
export type PersonalDataExport = Static<typeof PersonalDataExport>
