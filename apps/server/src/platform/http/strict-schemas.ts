import type { FastifyInstance } from 'fastify'

type Schema = Record<string, unknown>

/**
 * Unknown fields are rejected, never silently stored or dropped. Rather than trust every
 * schema author to remember `additionalProperties: false`, request schemas get it here;
 * a schema that really wants open objects (free-form attributes) says `additionalProperties` itself.
 */
function closeObjects(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return
  const node = schema as Schema
  if (node.type === 'object' && node.properties && node.additionalProperties === undefined) node.additionalProperties = false
  for (const key of ['properties', 'patternProperties'] as const) {
    const children = node[key] as Record<string, unknown> | undefined
    if (children) Object.values(children).forEach(closeObjects)
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) closeObjects(node[key])
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) (node[key] as unknown[] | undefined)?.forEach(closeObjects)
}

export function installStrictSchemas(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (!route.schema) return
    closeObjects(route.schema.body)
    closeObjects(route.schema.querystring)
    closeObjects(route.schema.params)
  })
}
