import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { StoredMail } from '../mail/port.js'

/** Development only: read the mail the shop "sent" (password resets) without a mail server. */
export const devRoutes: FastifyPluginAsyncTypebox<{ mailbox: { list(limit: number): Promise<StoredMail[]> } }> = async (
  app,
  { mailbox },
) => {
  app.get(
    '/admin/dev/mailbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Newest mail written to the dev mailbox (development only)',
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                from: Type.String(),
                to: Type.String(),
                subject: Type.String(),
                text: Type.String(),
                sentAt: Type.String(),
              }),
            ),
            nextCursor: Type.Null(),
          }),
        },
      },
      config: { auth: { staff: 'dev:read' } },
    },
    async (req) => ({ items: await mailbox.list(req.query.limit), nextCursor: null }),
  )
}
