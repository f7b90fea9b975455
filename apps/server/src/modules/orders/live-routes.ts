import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { unauthenticated } from '../../problems.js'
import type { OrderLive } from './live.js'
import type { OrderService } from './service.js'
import { OrderParams } from './schemas.js'

/** A comment line every so often keeps proxies and load balancers from closing an idle stream. */
const HEARTBEAT_MS = 20_000

/**
 * Server-sent events for one of the signed-in customer's orders: first its statuses now, then an
 * event each time they move (paid, shipped, delivered, cancelled). The page re-reads the order on each.
 */
export const liveOrderRoutes: FastifyPluginAsyncTypebox<{ orders: OrderService; live: OrderLive }> = async (app, { orders, live }) => {
  const open = new Set<() => void>()
  // A stream never ends by itself: close them all so the server can stop.
  app.addHook('preClose', async () => {
    for (const end of open) end()
  })

  app.get(
    '/store/orders/:orderId/live',
    {
      schema: {
        tags: ['orders'],
        summary: 'The order’s status as it changes, as server-sent events (text/event-stream)',
        description:
          'Events: `status` (statuses now, first), `order.updated` and `fulfillment.shipped` (as they happen). A comment line every 20 s keeps the stream open.',
        params: OrderParams,
        response: { 200: Type.String({ description: 'text/event-stream' }) },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      if (req.actor.kind !== 'customer') throw unauthenticated()
      // Answers 404 for an order that is not this customer's, before the stream opens.
      const order = await orders.getForCustomer(req.actor.customerId, req.params.orderId)
      reply.hijack()
      const out = reply.raw
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      })
      const send = (event: string, data: unknown) => out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
      send('status', { status: order.status, paymentStatus: order.paymentStatus, fulfillmentStatus: order.fulfillmentStatus })
      const stop = live.watch(order.id, (event) => send(event.topic, event.payload))
      const heartbeat = setInterval(() => out.write(': ping\n\n'), HEARTBEAT_MS)
      const end = () => {
        if (!open.has(end)) return
        open.delete(end)
        clearInterval(heartbeat)
        stop()
        out.end()
      }
      open.add(end)
      req.raw.on('close', end)
    },
  )
}
