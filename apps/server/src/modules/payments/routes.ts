import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { throttle } from '../../platform/auth/sign-in.js'
import type { AttemptLimiter } from '../../platform/rate-limit/port.js'
import { CardTokenView, TokenizeBody } from './schemas.js'
import type { PaymentService } from './service.js'

/**
 * Card tokenization is public (a guest pays too) and throttled per IP: an open endpoint that
 * says whether a card number is valid is what card-testing fraud looks for.
 */
export const paymentRoutes: FastifyPluginAsyncTypebox<{ payments: PaymentService; limiter: AttemptLimiter; tokensPerIp: number }> = async (
  app,
  { payments, limiter, tokensPerIp },
) => {
  app.post(
    '/store/payments/tokens',
    {
      schema: {
        tags: ['payments'],
        summary: 'Tokenize a card for one checkout; the card number and CVC are never stored or echoed',
        body: TokenizeBody,
        response: { 201: CardTokenView },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await throttle(limiter, `payment-tokens:ip:${req.ip}`, tokensPerIp, 'Too many card attempts; try again later')
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send(await payments.tokenize(req.body))
    },
  )
}
