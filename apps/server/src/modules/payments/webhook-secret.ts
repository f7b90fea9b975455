import { createHmac } from 'node:crypto'
import { resolveSessionSecret } from '../../platform/session-secret.js'

/**
 * PAYMENT_WEBHOOK_SECRET when set (required in production); otherwise one derived from the session
 * secret, so a development shop signs and verifies its test provider's webhooks with no setup.
 */
export function resolveWebhookSecret(config: {
  paymentWebhookSecret: string | undefined
  sessionSecret: string | undefined
  dataDir: string
}): string {
  if (config.paymentWebhookSecret) return config.paymentWebhookSecret
  return createHmac('sha256', resolveSessionSecret(config.sessionSecret, config.dataDir)).update('shopstack payment webhooks').digest('hex')
}
