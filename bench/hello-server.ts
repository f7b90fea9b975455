/**
 * The baseline: a bare Fastify "hello world" on the same Fastify as the app (resolved from
 * apps/server, so a different hoisted copy can never sneak in). Run in its own process by run.ts.
 */
import { createRequire } from 'node:module'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'

const requireFromServer = createRequire(new URL('../apps/server/package.json', import.meta.url))
const Fastify = requireFromServer('fastify') as (options?: FastifyServerOptions) => FastifyInstance
const { version } = requireFromServer('fastify/package.json') as { version: string }

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))

const port = Number(process.env.PORT ?? 0)
await app.listen({ host: '127.0.0.1', port })
console.log(`hello-world on fastify ${version} at http://127.0.0.1:${port}/`)

const stop = () => void app.close().then(() => process.exit(0))
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
