import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { Page } from '../../platform/http/pagination.js'
import type { OrderService } from './service.js'
import type { FulfillmentService } from './fulfillments.js'
import type { ReturnService } from './returns.js'
import {
  AdminOrderQuery,
  CancelBody,
  CaptureBody,
  FulfillBody,
  FulfillmentParams,
  NoteBody,
  OrderParams,
  OrderSummaryView,
  OrderView,
  RefundBody,
  ReturnBody,
  ReturnParams,
  ReturnRefundBody,
  ShipBody,
} from './schemas.js'

/** Who did it, as the order's history records it. */
const staffOf = (req: FastifyRequest) => (req.actor.kind === 'staff' ? `staff:${req.actor.staffId}` : 'system')

export interface AdminOrderRoutesOptions {
  orders: OrderService
  fulfillments: FulfillmentService
  returns: ReturnService
}

export const adminOrderRoutes: FastifyPluginAsyncTypebox<AdminOrderRoutesOptions> = async (app, { orders, fulfillments, returns }) => {
  const tags = ['orders']
  const read = { auth: { staff: 'orders:read' } } as const
  const write = (action: string) =>
    ({ auth: { staff: 'orders:write' }, audit: { action, targetType: 'order', targetParam: 'orderId' } }) as const

  app.get(
    '/admin/orders',
    {
      schema: {
        tags,
        summary: 'Orders, newest first, filtered by status, customer, email, number, date range and total',
        querystring: AdminOrderQuery,
        response: { 200: Page(OrderSummaryView) },
      },
      config: read,
    },
    (req) => orders.listAdmin(req.query),
  )

  app.get(
    '/admin/orders/:orderId',
    {
      schema: {
        tags,
        summary: 'An order with payments, fulfilments, returns and its full timeline',
        params: OrderParams,
        response: { 200: OrderView },
      },
      config: { ...read, audit: { action: 'order.read', targetType: 'order', targetParam: 'orderId' } },
    },
    (req) => orders.view(req.params.orderId, 'admin'),
  )

  app.post(
    '/admin/orders/:orderId/capture',
    {
      schema: {
        tags,
        summary: 'Capture the authorized payment, fully or in part',
        params: OrderParams,
        body: CaptureBody,
        response: { 200: OrderView },
      },
      config: write('order.capture'),
    },
    (req) => orders.capture(req.params.orderId, req.body.amount, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/refunds',
    {
      schema: {
        tags,
        summary: 'Refund part or all of what was captured (never more)',
        params: OrderParams,
        body: RefundBody,
        response: { 200: OrderView },
      },
      config: write('order.refund'),
    },
    (req) => orders.refund(req.params.orderId, req.body.amount, req.body.reason, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an order that has not shipped: stock is released, the payment voided or refunded',
        params: OrderParams,
        body: CancelBody,
        response: { 200: OrderView },
      },
      config: write('order.cancel'),
    },
    (req) => orders.cancel(req.params.orderId, req.body.reason, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/notes',
    {
      schema: { tags, summary: 'Add a note to the order’s timeline', params: OrderParams, body: NoteBody, response: { 200: OrderView } },
      config: write('order.note'),
    },
    (req) => orders.addNote(req.params.orderId, req.body.note, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/fulfillments',
    {
      schema: {
        tags,
        summary: 'Pack some or all units into a fulfilment (ship: true when it leaves at once, with carrier and tracking)',
        params: OrderParams,
        body: FulfillBody,
        response: { 200: OrderView },
      },
      config: write('order.fulfill'),
    },
    (req) => fulfillments.fulfil(req.params.orderId, req.body, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/fulfillments/:fulfillmentId/ship',
    {
      schema: {
        tags,
        summary: 'Mark a packed fulfilment shipped',
        params: FulfillmentParams,
        body: ShipBody,
        response: { 200: OrderView },
      },
      config: write('order.ship'),
    },
    (req) => fulfillments.ship(req.params.orderId, req.params.fulfillmentId, req.body, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/fulfillments/:fulfillmentId/deliver',
    {
      schema: { tags, summary: 'Mark a shipped fulfilment delivered', params: FulfillmentParams, response: { 200: OrderView } },
      config: write('order.deliver'),
    },
    (req) => fulfillments.deliver(req.params.orderId, req.params.fulfillmentId, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/fulfillments/:fulfillmentId/cancel',
    {
      schema: { tags, summary: 'Unpack a fulfilment that has not shipped', params: FulfillmentParams, response: { 200: OrderView } },
      config: write('order.fulfillment_cancel'),
    },
    (req) => fulfillments.cancel(req.params.orderId, req.params.fulfillmentId, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/returns',
    {
      schema: {
        tags,
        summary: 'Open a return for fulfilled units (restock: whether they go back on the shelf when received)',
        params: OrderParams,
        body: ReturnBody,
        response: { 201: Type.Object({ returnId: Type.String(), order: OrderView }) },
      },
      config: write('order.return'),
    },
    async (req, reply) => {
      const returnId = await returns.request(req.params.orderId, req.body, staffOf(req))
      return reply.status(201).send({ returnId, order: await orders.view(req.params.orderId, 'admin') })
    },
  )

  app.post(
    '/admin/orders/:orderId/returns/:returnId/receive',
    {
      schema: {
        tags,
        summary: 'The returned goods arrived (restocked if the return says so)',
        params: ReturnParams,
        response: { 200: OrderView },
      },
      config: write('order.return_receive'),
    },
    (req) => returns.receive(req.params.orderId, req.params.returnId, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/returns/:returnId/refund',
    {
      schema: {
        tags,
        summary: 'Refund a received return (default: what its units cost)',
        params: ReturnParams,
        body: ReturnRefundBody,
        response: { 200: OrderView },
      },
      config: write('order.return_refund'),
    },
    (req) => returns.refund(req.params.orderId, req.params.returnId, req.body.amount, staffOf(req)),
  )

  app.post(
    '/admin/orders/:orderId/returns/:returnId/cancel',
    {
      schema: { tags, summary: 'Cancel a return that was not received', params: ReturnParams, response: { 200: OrderView } },
      config: write('order.return_cancel'),
    },
    (req) => returns.cancel(req.params.orderId, req.params.returnId, staffOf(req)),
  )
}
