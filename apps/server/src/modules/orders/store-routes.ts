import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { Page } from '../../platform/http/pagination.js'
import { throttle } from '../../platform/auth/sign-in.js'
import type { AttemptLimiter } from '../../platform/rate-limit/port.js'
import { unauthenticated } from '../../problems.js'
import type { OrderService } from './service.js'
import type { ReturnService } from './returns.js'
import { GuestLookupBody, OrderParams, OrderSummaryView, OrderView, StoreOrderQuery, StoreReturnBody } from './schemas.js'

function customerOf(req: FastifyRequest) {
  if (req.actor.kind !== 'customer') throw unauthenticated()
  return req.actor.customerId
}

export interface StoreOrderRoutesOptions {
  orders: OrderService
  returns: ReturnService
  limiter: AttemptLimiter
  lookupsPerIp: number
}

/** A shopper's own orders. Anyone else's order is 404, exactly as an order that does not exist. */
export const storeOrderRoutes: FastifyPluginAsyncTypebox<StoreOrderRoutesOptions> = async (
  app,
  { orders, returns, limiter, lookupsPerIp },
) => {
  const tags = ['orders']

  app.get(
    '/store/orders',
    {
      schema: {
        tags,
        summary: 'The signed-in customer’s orders, newest first',
        querystring: StoreOrderQuery,
        response: { 200: Page(OrderSummaryView) },
      },
      config: { auth: 'customer' },
    },
    (req) => orders.listForCustomer(customerOf(req), req.query),
  )

  app.get(
    '/store/orders/:orderId',
    {
      schema: {
        tags,
        summary: 'One of the signed-in customer’s orders, with its timeline',
        params: OrderParams,
        response: { 200: OrderView },
      },
      config: { auth: 'customer' },
    },
    (req) => orders.getForCustomer(customerOf(req), req.params.orderId),
  )

  app.post(
    '/store/orders/lookup',
    {
      schema: {
        tags,
        summary: 'A guest finds an order by its id and the email it was placed with (404 on any mismatch)',
        body: GuestLookupBody,
        response: { 200: OrderView },
      },
      config: { auth: 'public' },
    },
    async (req) => {
      // Ids are unguessable, but a lookup is still an oracle for "which email placed this order".
      await throttle(limiter, `order-lookup:ip:${req.ip}`, lookupsPerIp)
      return orders.lookupAsGuest(req.body.orderId, req.body.email)
    },
  )

  app.post(
    '/store/orders/:orderId/returns',
    {
      schema: {
        tags,
        summary: 'Ask to return delivered or shipped units of one of your orders',
        params: OrderParams,
        body: StoreReturnBody,
        response: { 201: Type.Object({ returnId: Type.String(), order: OrderView }) },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      const customerId = customerOf(req)
      await orders.getForCustomer(customerId, req.params.orderId)
      const returnId = await returns.request(req.params.orderId, req.body, `customer:${customerId}`)
      return reply.status(201).send({ returnId, order: await orders.getForCustomer(customerId, req.params.orderId) })
    },
  )
}
