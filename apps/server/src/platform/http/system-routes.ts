import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Registry } from 'prom-client'

export interface SystemRoutesOptions {
  registry: Registry
  /** Each check throws or resolves; readiness is all of them passing. */
  readinessChecks: Record<string, () => Promise<boolean>>
}

const CheckReport = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  checks: Type.Record(Type.String(), Type.String()),
})

/** Probes and metrics. Not rate-limited: the platform calls them constantly. */
export const systemRoutes: FastifyPluginAsyncTypebox<SystemRoutesOptions> = async (app, { registry, readinessChecks }) => {
  app.get(
    '/health',
    {
      schema: { tags: ['system'], summary: 'Liveness: the process is up', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
      config: { auth: 'public', rateLimit: false },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/ready',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable and migrated, Redis reachable when configured',
        response: { 200: CheckReport, 503: CheckReport },
      },
      config: { auth: 'public', rateLimit: false },
    },
    async (req, reply) => {
      const checks: Record<string, string> = {}
      let ready = true
      await Promise.all(
        Object.entries(readinessChecks).map(async ([name, check]) => {
          try {
            const ok = await Promise.race([check(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref())])
            checks[name] = ok ? 'ok' : 'failing'
            ready &&= ok
          } catch (error) {
            req.log.warn({ err: error, check: name }, 'readiness check failed')
            checks[name] = 'failing'
            ready = false
          }
        }),
      )
      reply.header('cache-control', 'no-store')
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks })
    },
  )

  app.get(
    '/metrics',
    {
      schema: { tags: ['system'], summary: 'Prometheus metrics', response: { 200: Type.String() } },
      config: { auth: 'public', rateLimit: false },
    },
    async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  )
}
