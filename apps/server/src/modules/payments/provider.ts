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
}

export type WebhookHeaders = Record<string, string | string[] | undefined>

export interface AuthorizeRequest {
  paymentId: string
  amount: number
  currency: string
  /** The tokenized card. `testBehaviour` is only read by the test provider. */
  card: CardSummary & { testBehaviour: string | null }
  idempotencyKey: string
}

/**
 * The answer to an authorization. `requires_action`: the card holder must complete a challenge
 * at `nextActionUrl` (3-D Secure); the outcome arrives later as a webhook.
 */
export type AuthorizeOutcome =
  | { status: 'authorized'; reference: string }
  | { status: 'requires_action'; reference: string; nextActionUrl: string }
  | { status: 'failed'; reference: string | null; failureReason: string }

/** The processor's id of a capture, void or refund. */
export interface OperationOutcome {
  reference: string
}

/** An event a provider reported by webhook, already verified. */
export type ProviderEvent =
  | { id: string; type: string; kind: 'authorized'; reference: string }
  | { id: string; type: string; kind: 'failed'; reference: string; failureReason: string }
  | { id: string; type: string; kind: 'ignored' }

/** A processor said no to a capture, void or refund (as opposed to being unreachable). */
export class ProviderRefusal extends Error {
  constructor(readonly code: string) {
    super(`the payment provider refused: ${code}`)
  }
}
