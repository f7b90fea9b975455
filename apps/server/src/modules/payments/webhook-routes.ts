import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Problem } from '../../problems.js'
import { WebhookBody, WebhookParams, WebhookReceipt } from './schemas.js'
import type { PaymentService } from './service.js'

/**
 * Provider webhooks. A signature covers the exact bytes sent, so this plugin (and only this one:
 * the parser is scoped to it) keeps the raw body beside the parsed one.
 */
export const paymentWebhookRoutes: FastifyPluginAsyncTypebox<{ payments: PaymentService }> = async (app, { payments }) => {
  const rawBodies = new WeakMap<FastifyRequest, string>()
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    rawBodies.set(req, body as string)
    try {
      done(null, JSON.parse(body as string))
    } catch {
      done(new Problem({ type: 'bad-request', detail: 'The body is not valid JSON' }), undefined)
    }
  })

  app.post(
    '/store/payments/webhooks/:provider',
    {
      schema: {
        tags: ['payments'],
        summary: 'Receive a provider event, signed with Shopstack-Signature; a replayed event id changes nothing',
        params: WebhookParams,
        body: WebhookBody,
        response: { 200: WebhookReceipt },
      },
      // A processor sends bursts from a few addresses; every event is signed, so the anonymous per-IP
      // limit for shoppers would only drop genuine events.
      config: { auth: 'public', rateLimit: { max: 3000, timeWindow: 60_000 } },
    },
    async (req) => ({
      received: true as const,
      ...(await payments.handleWebhook(req.params.provider, rawBodies.get(req) ?? '', req.headers)),
    }),
  )
}
