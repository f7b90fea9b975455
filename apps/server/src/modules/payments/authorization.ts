import type { Db } from '../../platform/db/database.js'
import { Problem, conflict, notFound } from '../../problems.js'
import type { CardBrand, CardSummary } from './card.js'
import type { PaymentContext } from './context.js'
import type { AuthorizeOutcome, ProviderEvent } from './provider.js'
import type { PaymentRow } from './repo.js'
import type { PaymentView } from './schemas.js'

/**
 * Authorization: the provider is asked outside any transaction (a remote call must never hold
 * one open); the payment is marked in flight first, so a second authorize of the same payment is
 * refused rather than charging the card twice.
 */
export function createAuthorization(ctx: PaymentContext) {
  const { repo, feed } = ctx

  async function recordOutcome(tx: Db, payment: PaymentRow, txnId: string, outcome: AuthorizeOutcome, actor: string) {
    const from = payment.status
    const base = { in_flight: null, provider_reference: outcome.reference, ...(outcome.card && cardColumns(outcome.card)) }
    if (outcome.status === 'authorized') {
      const row = await repo.updatePayment(
        payment.id,
        { ...base, status: 'authorized', authorized_amount: payment.amount, next_action_url: null, failure_reason: null },
        tx,
      )
      await repo.completeTransaction(txnId, { status: 'succeeded', provider_reference: outcome.reference }, tx)
      return feed.announce(tx, row, { kind: 'authorized', from, to: 'authorized', amount: payment.amount, actor })
    }
    if (outcome.status === 'requires_action') {
      const row = await repo.updatePayment(payment.id, { ...base, status: 'requires_action', next_action_url: outcome.nextActionUrl }, tx)
      await repo.completeTransaction(txnId, { status: 'requires_action', provider_reference: outcome.reference }, tx)
      return feed.announce(tx, row, { kind: 'requires_action', from, to: 'requires_action', amount: payment.amount, actor })
    }
    const row = await repo.updatePayment(payment.id, { ...base, status: 'failed', failure_reason: outcome.failureReason }, tx)
    await repo.completeTransaction(
      txnId,
      { status: 'failed', provider_reference: outcome.reference, failure_reason: outcome.failureReason },
      tx,
    )
    return feed.announce(tx, row, { kind: 'failed', from, to: 'failed', amount: payment.amount, actor, reason: outcome.failureReason })
  }

  /** Gives up an authorization that was not recorded, so it can be tried again. */
  async function release(paymentId: string, txnId: string, failureReason: string) {
    await repo.db.transaction().execute(async (tx) => {
      await repo.updatePayment(paymentId, { in_flight: null }, tx)
      await repo.completeTransaction(txnId, { status: 'failed', failure_reason: failureReason }, tx)
    })
  }

  return {
    /** Asks the provider to authorize a pending payment and records the outcome (and tells the listeners) in one transaction. */
    async authorize(paymentId: string, actor = 'system'): Promise<PaymentView> {
      const { payment, txnId } = await repo.db.transaction().execute(async (tx) => {
        const held = await repo.holdAuthorization(paymentId, tx)
        if (!held) {
          const current = await repo.findPayment(paymentId, tx)
          if (!current) throw notFound('payment', paymentId)
          throw conflict(
            current.in_flight ? 'The payment is already being processed' : `A payment that is ${current.status} cannot be authorized`,
          )
        }
        const id = await repo.openTransaction({ paymentId: held.id, kind: 'authorize', amount: held.amount, actor }, tx)
        return { payment: held, txnId: id }
      })

      let outcome: AuthorizeOutcome
      try {
        outcome = await ctx.provider(payment.provider).authorize({
          paymentId: payment.id,
          amount: payment.amount,
          currency: payment.currency,
          card: {
            brand: (payment.card_brand ?? 'unknown') as CardBrand,
            last4: payment.card_last4 ?? '',
            expMonth: payment.card_exp_month ?? 0,
            expYear: payment.card_exp_year ?? 0,
            testBehaviour: payment.test_behaviour,
          },
          providerToken: payment.provider_token,
          idempotencyKey: txnId,
        })
      } catch (error) {
        ctx.log.error({ err: error, paymentId }, 'payment provider failed to authorize')
        await release(paymentId, txnId, 'provider_unavailable')
        throw new Problem({
          type: 'payment-provider-error',
          detail: 'The payment provider could not authorize now; the payment is still pending',
        })
      }

      try {
        return await repo.db.transaction().execute((tx) => recordOutcome(tx, payment, txnId, outcome, actor))
      } catch (error) {
        // The provider's authorization goes unused and lapses; a retry asks for a new one.
        await release(paymentId, txnId, 'not_recorded').catch((releaseError: unknown) =>
          ctx.log.error({ err: releaseError, paymentId }, 'payment left in flight after a failed authorization'),
        )
        throw error
      }
    },

    /** Applies a provider's verified report of a challenge's outcome, inside the webhook's transaction. */
    async applyEvent(tx: Db, provider: string, event: Exclude<ProviderEvent, { kind: 'ignored' }>): Promise<PaymentView | undefined> {
      const payment = event.paymentId
        ? await repo.findPayment(event.paymentId, tx, { forUpdate: true })
        : await repo.findByReference(provider, event.reference, tx)
      // Anything else is stale (a voided payment, a late duplicate under a new id, a charge the
      // payment is no longer on): nothing to change.
      if (!payment || payment.provider !== provider || payment.provider_reference !== event.reference) return undefined
      if (payment.status !== 'requires_action') return undefined
      const challenged = await repo.findChallengedAuthorization(payment.id, tx)
      const txnId =
        challenged?.id ??
        (await repo.openTransaction(
          { paymentId: payment.id, kind: 'authorize', amount: payment.amount, actor: `provider:${provider}` },
          tx,
        ))
      const outcome: AuthorizeOutcome =
        event.kind === 'authorized'
          ? { status: 'authorized', reference: event.reference }
          : { status: 'failed', reference: event.reference, failureReason: event.failureReason }
      return recordOutcome(tx, payment, txnId, outcome, `provider:${provider}`)
    },
  }
}

export type Authorization = ReturnType<typeof createAuthorization>

const cardColumns = (card: CardSummary) => ({
  card_brand: card.brand,
  card_last4: card.last4,
  card_exp_month: card.expMonth,
  card_exp_year: card.expYear,
})
