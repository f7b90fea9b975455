import { Type, type Static } from 'typebox'
import { Id, IsoTime } from '../../platform/http/schemas.js'

const Money = Type.Integer({ description: 'Minor units of the payment’s currency' })
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' })

export const PaymentStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('requires_action'),
  Type.Literal('authorized'),
  Type.Literal('partially_captured'),
  Type.Literal('captured'),
  Type.Literal('partially_refunded'),
  Type.Literal('refunded'),
  Type.Literal('voided'),
  Type.Literal('failed'),
])
export type PaymentStatus = Static<typeof PaymentStatus>

export const CardView = Type.Object({
  brand: Type.String(),
  last4: Type.String(),
  expMonth: Type.Integer(),
  expYear: Type.Integer(),
})

export const PaymentView = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  provider: Type.String(),
  status: PaymentStatus,
  amount: Money,
  currency: Type.String(),
  authorizedAmount: Money,
  capturedAmount: Money,
  refundedAmount: Money,
  card: Type.Union([CardView, Type.Null()]),
  nextAction: Type.Union([
    Type.Object({ type: Type.Literal('redirect'), url: Type.String({ description: 'Where the card holder completes a challenge' }) }),
    Type.Null(),
  ]),
  failureReason: Type.Union([Type.String({ description: 'card_declined, insufficient_funds, authentication_failed, …' }), Type.Null()]),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})
export type PaymentView = Static<typeof PaymentView>

/** A change to a payment, as the listeners registered with `onChange` receive it. */
export interface PaymentChange {
  kind: 'authorized' | 'requires_action' | 'failed' | 'captured' | 'voided' | 'refunded'
  from: PaymentStatus
  to: PaymentStatus
  amount: number
  actor: string
  reason?: string
}

/** The card number and CVC are read once, to tokenize; they are never stored, logged or sent back. */
export const TokenizeBody = Type.Object({
  number: Type.String({ minLength: 1, maxLength: 40, description: 'Card number, 12 to 19 digits; spaces allowed' }),
  cvc: Type.String({ minLength: 1, maxLength: 8, description: '3 or 4 digits' }),
  expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
  expYear: Type.Integer({ minimum: 2000, maximum: 2200, description: 'Four digits' }),
  holderName: Type.Optional(Type.String({ maxLength: 200, description: 'The name on the card; not kept' })),
})
export type TokenizeInput = Static<typeof TokenizeBody>

export const CardTokenView = Type.Object({
  token: Type.String({ description: 'Opaque, single use; give it to checkout as paymentToken' }),
  brand: Type.String(),
  last4: Type.String(),
  expMonth: Type.Integer(),
  expYear: Type.Integer(),
  expiresAt: IsoTime,
})
export type CardTokenView = Static<typeof CardTokenView>

export const WebhookParams = Type.Object({ provider: Type.String({ pattern: '^[a-z][a-z0-9_-]{0,39}$' }) })
export const WebhookBody = Type.Object({}, { additionalProperties: true, description: 'The provider’s event; signed over its raw bytes' })
export const WebhookReceipt = Type.Object({ received: Type.Literal(true), duplicate: Type.Boolean() })

export const ChallengeParams = Type.Object({ reference: Id('tch') })
export const ChallengeAnswer = Type.Object({ approve: Type.Boolean({ description: 'true: the card holder passes the challenge' }) })
export const ChallengeView = Type.Object({
  reference: Type.String(),
  status: Type.Union([Type.Literal('requires_action'), Type.Literal('authorized'), Type.Literal('failed'), Type.Literal('voided')]),
  amount: Money,
  currency: Currency,
})
export const ChallengeResult = Type.Object({
  reference: Type.String(),
  status: Type.Union([Type.Literal('authorized'), Type.Literal('failed')]),
})
