import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { newId } from '../../platform/ids.js'
import { redactValues } from '../../platform/scrub.js'
import { Problem, notFound } from '../../problems.js'
import { createAuthorization } from './authorization.js'
import type { CardInput } from './card.js'
import { createChangeFeed } from './changes.js'
import type { PaymentContext, PaymentLog } from './context.js'
import { createMovements } from './movements.js'
import type { PaymentProvider } from './provider.js'
import { createPaymentRepo } from './repo.js'
import type { CardTokenView, PaymentView } from './schemas.js'
import { createTokenVault } from './token-vault.js'
import { paymentView, transactionView } from './views.js'
import { createWebhookHandler } from './webhooks.js'

export type { PaymentChange, PaymentStatus, PaymentView, CardTokenView } from './schemas.js'
export type { PaymentListener } from './changes.js'
export type { PaymentProvider } from './provider.js'

/**
 * Payments of orders: card tokens, authorization, capture, void, refund, and provider webhooks.
 * Orders link to payments by id (a payment knows its order id, nothing more); what orders do when
 * a payment changes, they do in an `onChange` listener, inside the transaction of the change.
 */
export function createPaymentService(deps: {
  db: Db
  outbox: Outbox
  providers: Record<string, PaymentProvider>
  log: PaymentLog
  defaultProvider?: string
}) {
  const { db } = deps
  const defaultProvider = deps.defaultProvider ?? Object.keys(deps.providers)[0]
  if (!defaultProvider || !Object.hasOwn(deps.providers, defaultProvider))
    throw new Error(`payment provider "${defaultProvider ?? ''}" is not configured`)

  // The default provider is asked first about a token; the others keep charging their own.
  const byPreference = [defaultProvider, ...Object.keys(deps.providers).filter((name) => name !== defaultProvider)]
  const vaultProvider = byPreference.find((name) => deps.providers[name]!.tokens.from === 'vault')
  /** The provider whose storefront script made this token (a Stripe.js pm_… id), if any. */
  const storefrontProviderOf = (token: string) =>
    byPreference.find((name) => {
      const tokens = deps.providers[name]!.tokens
      return tokens.from === 'storefront' && tokens.pattern.test(token)
    })

  const repo = createPaymentRepo(db)
  const vault = createTokenVault({ db, provider: vaultProvider ?? defaultProvider })
  const feed = createChangeFeed({ outbox: deps.outbox })
  const ctx: PaymentContext = {
    repo,
    feed,
    log: deps.log,
    providers: deps.providers,
    provider(name) {
      if (!Object.hasOwn(deps.providers, name)) throw new Error(`payment provider "${name}" is not configured`)
      return deps.providers[name]!
    },
  }
  const authorization = createAuthorization(ctx)
  const movements = createMovements(ctx)

  return {
    /** Turns card details into a single-use token; the number and CVC are forgotten when this returns. */
    async tokenize(card: CardInput): Promise<CardTokenView> {
      if (!vaultProvider)
        throw new Problem({
          type: 'not-found',
          detail: 'This shop takes cards through its payment provider’s own form; give checkout the token that form returns',
        })
      return vault.tokenize(card)
    },

    /**
     * Inside the caller's transaction: records a pending payment for an order, paid with a token.
     * A provider's own token (TokenSource `storefront`) is kept for that provider, which checks it
     * when it authorizes; any other is spent in the vault (unknown, expired or used tokens are a
     * 422 at /body/paymentToken). The amount comes from the server's own totals, so a bad one is a
     * bug, not a client error.
     */
    async createPayment(tx: Db, input: { orderId: string; amount: number; currency: string; token: string }): Promise<PaymentView> {
      if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
        throw new Error(`payment amount must be positive minor units: ${input.amount}`)
      if (!/^[A-Z]{3}$/.test(input.currency)) throw new Error(`payment currency must be an ISO 4217 code: ${input.currency}`)
      const storefrontProvider = storefrontProviderOf(input.token)
      const card = storefrontProvider ? undefined : await vault.consume(tx, input.token)
      const row = await repo.insertPayment(
        {
          id: newId('pay'),
          order_id: input.orderId,
          provider: storefrontProvider ?? card!.provider,
          status: 'pending',
          amount: input.amount,
          currency: input.currency,
          in_flight: null,
          // A storefront token comes without a summary; the provider reports one when it authorizes.
          card_brand: card?.brand ?? null,
          card_last4: card?.last4 ?? null,
          card_exp_month: card?.expMonth ?? null,
          card_exp_year: card?.expYear ?? null,
          test_behaviour: card?.testBehaviour ?? null,
          provider_token: storefrontProvider ? input.token : null,
          provider_reference: null,
          next_action_url: null,
          failure_reason: null,
        },
        tx,
      )
      return paymentView(row)
    },

    authorize: authorization.authorize,
    capture: movements.capture,
    voidPayment: movements.voidPayment,
    refund: movements.refund,

    async get(paymentId: string, tx: Db = db): Promise<PaymentView> {
      const row = await repo.findPayment(paymentId, tx)
      if (!row) throw notFound('payment', paymentId)
      return paymentView(row)
    },

    async listForOrder(orderId: string, tx: Db = db): Promise<PaymentView[]> {
      return (await repo.listForOrder(orderId, tx)).map(paymentView)
    },

    /** Every operation on a payment, oldest first: what was asked, by whom, and what the provider said. */
    async transactions(paymentId: string, tx: Db = db) {
      return (await repo.listTransactions(paymentId, tx)).map(transactionView)
    },

    /** Verifies and applies a provider webhook; the raw body is needed for the signature. */
    handleWebhook: createWebhookHandler(ctx, authorization),

    /** Registers a listener called inside the transaction that records each payment change. */
    onChange: feed.onChange,

    /**
     * Erasure, in the caller's transaction: in the reasons of these orders' payment operations (a
     * refund reason staff typed, a cancel reason the orders module passed on), whole-word occurrences
     * of `values` become "[erased]". Amounts, statuses and provider references stay for reconciliation.
     * Returns how many reasons changed.
     */
    async redactFor(tx: Db, orderIds: string[], values: string[]) {
      if (orderIds.length === 0) return 0
      let redacted = 0
      for (const row of await repo.reasonsOfOrders(orderIds, tx)) {
        const reason = redactValues(row.reason ?? '', values)
        if (reason === row.reason) continue
        await repo.setTransactionReason(row.id, reason, tx)
        redacted++
      }
      return redacted
    },

    /** Forgets card tokens a day past their expiry. */
    purgeExpiredTokens: () => vault.purgeExpired(),
  }
}

export type PaymentService = ReturnType<typeof createPaymentService>
