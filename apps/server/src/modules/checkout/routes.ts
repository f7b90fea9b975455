import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Id } from '../../platform/http/schemas.js'
import { CART_COOKIE } from '../../platform/http/cookies.js'
import { invalid } from '../../problems.js'
import { OrderView } from '../orders/schemas.js'
import { shopperOf } from '../cart/service.js'
import type { CheckoutService } from './service.js'

const CheckoutBody = Type.Object({
  cartId: Id('cart'),
  paymentToken: Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'From POST /store/payments/tokens' })),
})

const CheckoutHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 200,
    pattern: '^[\\x21-\\x7e]+$',
    description: 'A fresh random key per checkout attempt (a UUID); a retry with the same key returns the first answer',
  }),
})

const CheckoutResponse = Type.Object({
  order: OrderView,
  payment: Type.Union([
    Type.Object({
      id: Type.String(),
      status: Type.String(),
      nextAction: Type.Union([Type.Object({ type: Type.Literal('redirect'), url: Type.String() }), Type.Null()]),
    }),
    Type.Null(),
  ]),
})

export const checkoutRoutes: FastifyPluginAsyncTypebox<{ checkout: CheckoutService }> = async (app, { checkout }) => {
  app.post(
    '/store/checkout',
    {
      schema: {
        tags: ['checkout'],
        summary: 'Place an order from a cart and authorize its payment; idempotent per Idempotency-Key',
        description:
          '201 with the order (status pending while a 3-D Secure challenge waits, confirmed once authorized); ' +
          '402 payment-declined when the card is refused (the stock is released and the cart stays open); ' +
          '409 out-of-stock or promotion-unavailable; 422 when the cart lacks email, address or shipping option.',
        headers: CheckoutHeaders,
        body: CheckoutBody,
        response: { 201: CheckoutResponse },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key']
      if (typeof key !== 'string') throw invalid('/headers/idempotency-key', 'is required')
      const result = await checkout.checkout(shopperOf(req.actor), req.body, key)
      if (result.replayed) reply.header('idempotent-replayed', 'true')
      if (result.statusCode < 300) reply.clearCookie(CART_COOKIE, { path: '/' })
      // A refusal is stored and replayed as the problem document it was.
      else reply.type('application/problem+json')
      return reply.status(result.statusCode as 201).send(result.body)
    },
  )
}
