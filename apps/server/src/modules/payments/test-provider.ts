import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import { Problem, conflict, notFound } from '../../problems.js'
import type { AuthorizeOutcome, PaymentProvider, ProviderEvent } from './provider.js'
import { isTestBehaviour } from './test-cards.js'
import { createTestLedger } from './test-provider-ledger.js'
import { SIGNATURE_HEADER, signatureHeader, verifySignature, type SignatureCheck } from './webhook-signature.js'

/** A webhook as the test processor sends it: the exact body and the headers that sign it. */
export interface WebhookDelivery {
  rawBody: string
  headers: Record<string, string>
}

interface TestEvent {
  id: string
  type: 'charge.authorized' | 'charge.failed'
  created: number
  data: { reference: string; amount: number; currency: string; failureReason: string | null }
}

const SIGNATURE_PROBLEMS: Record<Exclude<SignatureCheck, { ok: true }>['reason'], string> = {
  missing: 'The Shopstack-Signature header is missing',
  malformed: 'The Shopstack-Signature header is malformed',
  timestamp: 'The signature timestamp is too far from now',
  mismatch: 'The signature does not match the body',
}

const DECLINES = { decline: 'card_declined', insufficient_funds: 'insufficient_funds' } as const

/**
 * The built-in `test` provider: a card processor simulated in-process, with its own ledger
 * (test_provider_charge). What it does with a card was read from the card number at tokenization
 * (test-cards.ts). A 3-D Secure style challenge is completed through `completeChallenge`, after
 * which it sends a signed webhook like any processor would.
 */
export function createTestProvider(deps: { db: Db; webhookSecret: string; challengeUrl: (reference: string) => string }) {
  const ledger = createTestLedger(deps.db)

  const provider: PaymentProvider = {
    tokens: { from: 'vault' },

    async authorize(request): Promise<AuthorizeOutcome> {
      const behaviour = isTestBehaviour(request.card.testBehaviour) ? request.card.testBehaviour : 'succeed'
      const reference = newId('tch')
      const base = { reference, merchant_reference: request.paymentId, amount: request.amount, currency: request.currency }
      if (behaviour === 'succeed') {
        await ledger.open({ ...base, status: 'authorized', authorized_amount: request.amount, failure_reason: null })
        return { status: 'authorized', reference }
      }
      if (behaviour === 'challenge') {
        await ledger.open({ ...base, status: 'requires_action', failure_reason: null })
        return { status: 'requires_action', reference, nextActionUrl: deps.challengeUrl(reference) }
      }
      const failureReason = DECLINES[behaviour]
      await ledger.open({ ...base, status: 'failed', failure_reason: failureReason })
      return { status: 'failed', reference, failureReason }
    },

    async capture(request) {
      await ledger.capture(request.reference, request.amount, request.currency)
      return { reference: newId('tcap') }
    },

    async void(request) {
      await ledger.void(request.reference)
      return { reference: newId('tvoid') }
    },

    async refund(request) {
      await ledger.refund(request.reference, request.amount, request.currency)
      return { reference: newId('tref') }
    },

    async verifyWebhook(rawBody, headers): Promise<ProviderEvent> {
      const check = verifySignature(deps.webhookSecret, rawBody, headers[SIGNATURE_HEADER])
      if (!check.ok) throw new Problem({ type: 'invalid-signature', detail: SIGNATURE_PROBLEMS[check.reason] })
      const event = parseEvent(rawBody)
      if (event.type === 'charge.authorized') return { id: event.id, type: event.type, kind: 'authorized', reference: event.data.reference }
      if (event.type === 'charge.failed')
        return {
          id: event.id,
          type: event.type,
          kind: 'failed',
          reference: event.data.reference,
          failureReason: event.data.failureReason ?? 'authentication_failed',
        }
      return { id: event.id, type: String(event.type), kind: 'ignored' }
    },
  }

  return {
    ...provider,

    /** What the challenge page shows the card holder. */
    async challenge(reference: string) {
      const charge = await ledger.find(reference)
      if (!charge) throw notFound('challenge', reference)
      return { reference, status: charge.status, amount: charge.amount, currency: charge.currency }
    },

    /** The card holder approves or refuses the challenge; returns the signed webhook announcing it. */
    async completeChallenge(reference: string, approve: boolean): Promise<{ status: 'authorized' | 'failed'; delivery: WebhookDelivery }> {
      const charge = await ledger.settleChallenge(reference, approve)
      if (!charge) {
        if (!(await ledger.find(reference))) throw notFound('challenge', reference)
        throw conflict('This challenge is no longer waiting for an answer')
      }
      const event: TestEvent = {
        id: newId('tevt'),
        type: approve ? 'charge.authorized' : 'charge.failed',
        created: Math.floor(Date.now() / 1000),
        data: { reference, amount: charge.amount, currency: charge.currency, failureReason: charge.failure_reason },
      }
      return { status: approve ? 'authorized' : 'failed', delivery: signedDelivery(deps.webhookSecret, event) }
    },
  }
}

export type TestProvider = ReturnType<typeof createTestProvider>

/** Signs an event the way the test processor does; tests use it to forge and replay deliveries too. */
export function signedDelivery(secret: string, event: unknown, nowSeconds?: number): WebhookDelivery {
  const rawBody = JSON.stringify(event)
  return { rawBody, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureHeader(secret, rawBody, nowSeconds) } }
}

function parseEvent(rawBody: string): TestEvent {
  let event: Partial<TestEvent> | null
  try {
    event = JSON.parse(rawBody) as Partial<TestEvent> | null
  } catch {
    event = null
  }
  const aboutCharge = event?.type === 'charge.authorized' || event?.type === 'charge.failed'
  const valid =
    !!event &&
    typeof event.id === 'string' &&
    event.id.length > 0 &&
    event.id.length <= 200 &&
    typeof event.type === 'string' &&
    (!aboutCharge || typeof event.data?.reference === 'string')
  if (!valid) throw new Problem({ type: 'bad-request', detail: 'The webhook body is not a test provider event' })
  return event as TestEvent
}
