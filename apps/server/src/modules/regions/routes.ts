import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent } from '../../platform/http/schemas.js'
import type { RegionService } from './service.js'
import {
  RegionInput,
  RegionParams,
  RegionPatch,
  RegionView,
  ShippingOptionInput,
  ShippingOptionParams,
  ShippingOptionPatch,
  ShippingOptionView,
} from './schemas.js'

const RegionList = Type.Object({ items: Type.Array(RegionView), nextCursor: Type.Null() })
const ShippingList = Type.Object({ items: Type.Array(ShippingOptionView), nextCursor: Type.Null() })

export const regionRoutes: FastifyPluginAsyncTypebox<{ regions: RegionService }> = async (app, { regions }) => {
  const tags = ['regions']

  app.get(
    '/store/regions',
    {
      schema: { tags, summary: 'Regions the shop sells to: countries, currency, tax setting', response: { 200: RegionList } },
      config: { auth: 'public' },
    },
    () => regions.listRegions(),
  )

  app.get(
    '/store/regions/:regionId/shipping-options',
    {
      schema: {
        tags,
        summary: 'Shipping options of a region, with prices in its currency',
        params: RegionParams,
        response: { 200: ShippingList },
      },
      config: { auth: 'public' },
    },
    (req) => regions.listShippingOptions(req.params.regionId),
  )

  app.get(
    '/admin/regions',
    { schema: { tags, summary: 'Regions', response: { 200: RegionList } }, config: { auth: { staff: 'catalog:read' } } },
    () => regions.listRegions(),
  )

  app.get(
    '/admin/regions/:regionId',
    {
      schema: { tags, summary: 'A region', params: RegionParams, response: { 200: RegionView } },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => regions.getRegion(req.params.regionId),
  )

  app.get(
    '/admin/regions/:regionId/shipping-options',
    {
      schema: { tags, summary: 'Shipping options a region offers', params: RegionParams, response: { 200: ShippingList } },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => regions.listShippingOptions(req.params.regionId),
  )

  app.post(
    '/admin/regions',
    {
      schema: {
        tags,
        summary: 'Create a region (countries, currency, tax rates in basis points)',
        body: RegionInput,
        response: { 201: RegionView },
      },
      config: { auth: { staff: 'settings:write' }, audit: { action: 'region.create', targetType: 'region' } },
    },
    async (req, reply) => reply.status(201).send(await regions.createRegion(req.body)),
  )

  app.patch(
    '/admin/regions/:regionId',
    {
      schema: { tags, summary: 'Change a region', params: RegionParams, body: RegionPatch, response: { 200: RegionView } },
      config: { auth: { staff: 'settings:write' }, audit: { action: 'region.update', targetType: 'region', targetParam: 'regionId' } },
    },
    (req) => regions.updateRegion(req.params.regionId, req.body),
  )

  app.post(
    '/admin/regions/:regionId/shipping-options',
    {
      schema: {
        tags,
        summary: 'Add a shipping option (flat or weight tiers, optionally free above a subtotal)',
        params: RegionParams,
        body: ShippingOptionInput,
        response: { 201: ShippingOptionView },
      },
      config: {
        auth: { staff: 'settings:write' },
        audit: { action: 'shipping_option.create', targetType: 'region', targetParam: 'regionId' },
      },
    },
    async (req, reply) => reply.status(201).send(await regions.addShippingOption(req.params.regionId, req.body)),
  )

  app.patch(
    '/admin/regions/:regionId/shipping-options/:optionId',
    {
      schema: {
        tags,
        summary: 'Change a shipping option (a new kind brings its own amount or tiers); carts that chose it are priced anew',
        params: ShippingOptionParams,
        body: ShippingOptionPatch,
        response: { 200: ShippingOptionView },
      },
      config: {
        auth: { staff: 'settings:write' },
        audit: { action: 'shipping_option.update', targetType: 'shipping_option', targetParam: 'optionId' },
      },
    },
    (req) => regions.updateShippingOption(req.params.regionId, req.params.optionId, req.body),
  )

  app.delete(
    '/admin/regions/:regionId/shipping-options/:optionId',
    {
      schema: {
        tags,
        summary: 'Stop offering a shipping option (kept on record: carts that chose it keep its price, orders keep its name)',
        params: ShippingOptionParams,
        response: { 204: NoContent },
      },
      config: {
        auth: { staff: 'settings:write' },
        audit: { action: 'shipping_option.delete', targetType: 'shipping_option', targetParam: 'optionId' },
      },
    },
    async (req, reply) => {
      await regions.retireShippingOption(req.params.regionId, req.params.optionId)
      return reply.status(204).send(null)
    },
  )
}
