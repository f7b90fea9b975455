import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ChallengeAnswer, ChallengeParams, ChallengeResult, ChallengeView } from './schemas.js'
import type { PaymentService } from './service.js'
import { TEST_PROVIDER } from './test-cards.js'
import type { TestProvider } from './test-provider.js'

/**
 * The test provider's side of a 3-D Secure style challenge, standing in for the card issuer's page:
 * the shopper's answer settles the charge at the provider, which then sends its signed webhook
 * through the same verification as any provider's.
 */
export const testProviderRoutes: FastifyPluginAsyncTypebox<{ provider: TestProvider; payments: PaymentService }> = async (
  app,
  { provider, payments },
) => {
  const tags = ['payments']

  app.get(
    '/store/payments/test/challenges/:reference',
    {
      schema: {
        tags,
        summary: 'A test provider challenge, as the card holder sees it',
        params: ChallengeParams,
        response: { 200: ChallengeView },
      },
      config: { auth: 'public' },
    },
    (req) => provider.challenge(req.params.reference),
  )

  app.post(
    '/store/payments/test/challenges/:reference',
    {
      schema: {
        tags,
        summary: 'Pass or fail a test provider challenge; the payment follows by webhook',
        params: ChallengeParams,
        body: ChallengeAnswer,
        response: { 200: ChallengeResult },
      },
      config: { auth: 'public' },
    },
    async (req) => {
      const { status, delivery } = await provider.completeChallenge(req.params.reference, req.body.approve)
      await payments.handleWebhook(TEST_PROVIDER, delivery.rawBody, delivery.headers)
      return { reference: req.params.reference, status }
    },
  )
}
