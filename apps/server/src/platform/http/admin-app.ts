import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The admin app's build (apps/admin/dist), found above this module in the source tree and in the bundle. */
export function findAdminBuild(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'admin', 'dist')
    if (existsSync(join(candidate, 'index.html'))) return candidate
  }
  return undefined
}

/**
 * A page load of the admin app, as opposed to a call of the admin API, which lives at the same
 * paths (/admin/products is both a screen and a route). Browsers say which a request is: a page
 * load is a document (Sec-Fetch-Dest), or at least asks for HTML first; API clients ask for JSON or
 * anything. Files (a dot in the last segment: an export's .csv) are always the API's.
 */
export function isAdminPageLoad(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const path = req.url.split('?')[0]!
  if (path !== '/admin' && !path.startsWith('/admin/')) return false
  if (path.startsWith('/admin/assets/') || /\.[a-z0-9]+$/i.test(path)) return false
  const dest = req.headers['sec-fetch-dest']
  if (dest !== undefined) return dest === 'document'
  return String(req.headers.accept ?? '').startsWith('text/html')
}

/**
 * Serves the admin app at /admin: hashed files under /admin/assets/ (kept for a year), and
 * index.html for every page load under /admin, so a screen's address can be reloaded or shared. Its
 * policy is the API's for pages (security-headers.ts): scripts, styles and calls to this origin only.
 * Not encapsulated: the page-load hook must see requests for every route under /admin.
 */
export const adminApp = fp<{ root: string }>(async (app: FastifyInstance, { root }) => {
  const index = readFileSync(join(root, 'index.html'))
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/admin/assets/',
    decorateReply: false,
    maxAge: '365d',
    immutable: true,
  })
  app.addHook('onRequest', async (req, reply) => {
    if (!isAdminPageLoad(req)) return
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Sec-Fetch-Dest, Accept').send(index)
  })
})
