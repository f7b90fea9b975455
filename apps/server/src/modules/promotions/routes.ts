import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page } from '../../platform/http/pagination.js'
import type { PromotionService } from './service.js'
import { PromotionInput, PromotionListQuery, PromotionParams, PromotionPatch, PromotionView } from './schemas.js'

export const promotionRoutes: FastifyPluginAsyncTypebox<{ promotions: PromotionService }> = async (app, { promotions }) => {
  const tags = ['promotions']

  app.get(
    '/admin/promotions',
    {
      schema: { tags, summary: 'Promotions, newest first', querystring: PromotionListQuery, response: { 200: Page(PromotionView) } },
      config: { auth: { staff: 'promotions:read' } },
    },
    (req) => promotions.list(req.query),
  )

  app.get(
    '/admin/promotions/:promotionId',
    {
      schema: { tags, summary: 'A promotion with its usage count', params: PromotionParams, response: { 200: PromotionView } },
      config: { auth: { staff: 'promotions:read' } },
    },
    (req) => promotions.get(req.params.promotionId),
  )

  app.post(
    '/admin/promotions',
    {
      schema: {
        tags,
        summary: 'Create a promotion: by code or automatic; percentage, fixed amount, free shipping or buy X get Y',
        body: PromotionInput,
        response: { 201: PromotionView },
      },
      config: { auth: { staff: 'promotions:write' }, audit: { action: 'promotion.create', targetType: 'promotion' } },
    },
    async (req, reply) => reply.status(201).send(await promotions.create(req.body)),
  )

  app.patch(
    '/admin/promotions/:promotionId',
    {
      schema: {
        tags,
        summary: 'Change a promotion (set active: false to stop it; used promotions are kept for the record)',
        params: PromotionParams,
        body: PromotionPatch,
        response: { 200: PromotionView },
      },
      config: {
        auth: { staff: 'promotions:write' },
        audit: { action: 'promotion.update', targetType: 'promotion', targetParam: 'promotionId' },
      },
    },
    (req) => promotions.update(req.params.promotionId, req.body),
  )
}
