import type { CardSummary } from './card.js'

/**
 * The payments port: what the payments module asks of a card processor. Every call happens
 * outside any database transaction (a processor is a remote system and may be slow).
 * `idempotencyKey` names the operation, so a processor can recognise a retry of the same one.
 */
export interface PaymentProvider {
  authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome>
  capture(request: { reference: string; amount: number; currency: string; idempotencyKey: string }): Promise<OperationOutcome>
  void(request: { reference: string; idempotencyKey: string }): Promise<OperationOutcome>
  refund(request: { reference: string; amount: number; currency: string; idempotencyKey: string }): Promise<OperationOutcome>
  /** Checks a webhook's signature over its raw body and returns the event it carries; a bad one throws a Problem (400). */
  verifyWebhook(rawBody: string, headers: WebhookHeaders): Promise<ProviderEvent>
  /** Which checkout tokens this provider charges. */
  readonly tokens: TokenSource
}

/**
 * Where a checkout's `paymentToken` comes from. `vault`: the shop's own tokenization
 * (POST /store/payments/tokens), spent in the token table. `storefront`: the storefront tokenized
 * the card with the provider's own script (Stripe.js), so the shop never sees the card; a token
 * of that shape is kept on the payment as it is and handed back to the provider to authorize.
 */
export type TokenSource = { from: 'vault' } | { from: 'storefront'; pattern: RegExp }

export type WebhookHeaders = Record<string, string | string[] | undefined>

export interface AuthorizeRequest {
  paymentId: string
  amount: number
  currency: string
  /** The tokenized card. `testBehaviour` is only read by the test provider. */
  card: CardSummary & { testBehaviour: string | null }
  /** The provider's own token for the card, when the storefront tokenized it (TokenSource `storefront`). */
  providerToken: string | null
  idempotencyKey: string
}

/**
 * The answer to an authorization. `requires_action`: the card holder must complete a challenge
 * at `nextActionUrl` (3-D Secure); the outcome arrives later as a webhook. `card`: what the
 * provider says about a card the shop never saw (a storefront token carries no summary).
 */
export type AuthorizeOutcome = (
  | { status: 'authorized'; reference: string }
  | { status: 'requires_action'; reference: string; nextActionUrl: string }
  | { status: 'failed'; reference: string | null; failureReason: string }
) & { card?: CardSummary }

/** The processor's id of a capture, void or refund. */
export interface OperationOutcome {
  reference: string
}

/**
 * An event a provider reported by webhook, already verified. `paymentId` is the shop's payment id
 * when the provider echoes it back (metadata sent with the authorization); the event then applies
 * only while that payment is still on the charge `reference` names.
 */
export type ProviderEvent =
  | { id: string; type: string; kind: 'authorized'; reference: string; paymentId?: string }
  | { id: string; type: string; kind: 'failed'; reference: string; failureReason: string; paymentId?: string }
  | { id: string; type: string; kind: 'ignored' }

/** A processor said no to a capture, void or refund (as opposed to being unreachable). */
export class ProviderRefusal extends Error {
  constructor(readonly code: string) {
    super(`the payment provider refused: ${code}`)
  }
}
