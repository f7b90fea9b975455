import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { Id, IsoTime } from '../../platform/http/schemas.js'
import { forbidden } from '../../problems.js'
import type { InventoryService } from './service.js'

const Level = Type.Object({ locationId: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer() })
const LevelWithBackorder = Type.Object({ ...Level.properties, allowBackorder: Type.Boolean() })
const Movement = Type.Object({
  id: Type.String(),
  locationId: Type.String(),
  onHandDelta: Type.Integer(),
  reservedDelta: Type.Integer(),
  reason: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  reference: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  at: IsoTime,
})
const AdjustmentBody = Type.Object({
  variantId: Id('var'),
  locationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  delta: Type.Integer({
    minimum: -1_000_000,
    maximum: 1_000_000,
    not: { const: 0 },
    description: 'Units to add (positive) or remove (negative)',
  }),
  reason: Type.Union([
    Type.Literal('received'),
    Type.Literal('damaged'),
    Type.Literal('lost'),
    Type.Literal('correction'),
    Type.Literal('returned'),
  ]),
  note: Type.Optional(Type.String({ maxLength: 500 })),
})

export const inventoryRoutes: FastifyPluginAsyncTypebox<{ inventory: InventoryService }> = async (app, { inventory }) => {
  const tags = ['inventory']

  app.post(
    '/admin/inventory/adjustments',
    {
      schema: {
        tags,
        summary: 'Adjust on-hand stock with a reason (never below what is reserved)',
        body: AdjustmentBody,
        response: { 200: Type.Object({ variantId: Type.String(), ...Level.properties }) },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'inventory.adjust', targetType: 'variant' } },
    },
    async (req) => {
      if (req.actor.kind !== 'staff') throw forbidden()
      return inventory.adjust({ ...req.body, actor: req.actor.staffId })
    },
  )

  app.get(
    '/admin/inventory/:variantId',
    {
      schema: {
        tags,
        summary: 'Stock of a variant per location and its movement history, newest first',
        params: Type.Object({ variantId: Id('var') }),
        querystring: Type.Object(PageQuery),
        response: { 200: Type.Object({ levels: Type.Array(LevelWithBackorder), movements: Page(Movement) }) },
      },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => inventory.stockOf(req.params.variantId, req.query.limit, req.query.cursor),
  )

  app.put(
    '/admin/inventory/:variantId/backorder',
    {
      schema: {
        tags,
        summary: 'Allow or stop selling a variant past its stock at a location (stopping is refused while it is oversold)',
        params: Type.Object({ variantId: Id('var') }),
        body: Type.Object({ allowed: Type.Boolean(), locationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }),
        response: { 200: Type.Object({ variantId: Type.String(), locationId: Type.String(), allowBackorder: Type.Boolean() }) },
      },
      config: {
        auth: { staff: 'catalog:write' },
        audit: { action: 'inventory.backorder', targetType: 'variant', targetParam: 'variantId' },
      },
    },
    (req) =>
      inventory.setBackorder({
        variantId: req.params.variantId,
        allowed: req.body.allowed,
        ...(req.body.locationId ? { locationId: req.body.locationId } : {}),
      }),
  )
}
