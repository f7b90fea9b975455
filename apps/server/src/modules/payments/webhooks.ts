import { notFound } from '../../problems.js'
import type { Authorization } from './authorization.js'
import type { PaymentContext } from './context.js'
import type { WebhookHeaders } from './provider.js'

/**
 * Provider webhooks: the signature is checked over the raw body before anything is read from it;
 * the event id is recorded in the same transaction as its effect, so a replay (or two deliveries
 * racing) finds it taken and changes nothing.
 */
export function createWebhookHandler(ctx: PaymentContext, authorization: Authorization) {
  return async function handleWebhook(providerName: string, rawBody: string, headers: WebhookHeaders): Promise<{ duplicate: boolean }> {
    if (!Object.hasOwn(ctx.providers, providerName)) throw notFound('payment provider', providerName)
    const event = await ctx.provider(providerName).verifyWebhook(rawBody, headers)
    return ctx.repo.db.transaction().execute(async (tx) => {
      const fresh = await ctx.repo.recordWebhookEvent(providerName, event.id, event.type, tx)
      if (!fresh) return { duplicate: true }
      if (event.kind !== 'ignored') await authorization.applyEvent(tx, providerName, event)
      return { duplicate: false }
    })
  }
}
