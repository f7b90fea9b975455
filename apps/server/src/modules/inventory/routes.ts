import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { Id, IsoTime } from '../../platform/http/schemas.js'
import { forbidden } from '../../problems.js'
import type { InventoryService } from './service.js'

const Level = Type.Object({ locationId: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer() })
const LevelWithBackorder = Type.Object({ ...Level.properties, locationName: Type.String(), allowBackorder: Type.Boolean() })
const Location = Type.Object({
  id: Type.String(),
  name: Type.String(),
  isDefault: Type.Boolean({ description: 'Online orders reserve and ship from this location' }),
})
const LocationName = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) })
const StockRecord = Type.Object({
  variantId: Type.String(),
  sku: Type.Union([Type.String(), Type.Null()]),
  variantTitle: Type.String(),
  productId: Type.String(),
  productTitle: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  onHand: Type.Integer(),
  reserved: Type.Integer(),
  available: Type.Integer(),
  allowBackorder: Type.Boolean(),
})
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

  app.get(
    '/admin/stock-locations',
    {
      schema: { tags, summary: 'Stock locations, the default first', response: { 200: Type.Object({ items: Type.Array(Location) }) } },
      config: { auth: { staff: 'catalog:read' } },
    },
    async () => ({ items: await inventory.locations() }),
  )

  app.post(
    '/admin/stock-locations',
    {
      schema: { tags, summary: 'Add a stock location (a warehouse, a shop)', body: LocationName, response: { 201: Location } },
      config: { auth: { staff: 'settings:write' }, audit: { action: 'stock_location.create', targetType: 'stock_location' } },
    },
    async (req, reply) => reply.status(201).send(await inventory.createLocation({ name: req.body.name.trim() })),
  )

  app.patch(
    '/admin/stock-locations/:locationId',
    {
      schema: {
        tags,
        summary: 'Rename a stock location',
        params: Type.Object({ locationId: Type.String({ minLength: 1, maxLength: 100 }) }),
        body: LocationName,
        response: { 200: Location },
      },
      config: {
        auth: { staff: 'settings:write' },
        audit: { action: 'stock_location.update', targetType: 'stock_location', targetParam: 'locationId' },
      },
    },
    (req) => inventory.renameLocation(req.params.locationId, { name: req.body.name.trim() }),
  )

  app.get(
    '/admin/inventory',
    {
      schema: {
        tags,
        summary: 'Stock records (one per variant and location) with their product; filter by text, location or a low count',
        querystring: Type.Object({
          ...PageQuery,
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'SKU or product title contains' })),
          locationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          availableAtMost: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Only records this low or lower' })),
        }),
        response: { 200: Page(StockRecord) },
      },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => inventory.levels(req.query),
  )

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
