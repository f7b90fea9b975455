import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** A serialised response body with its validator, stored as one cache entry. */
export interface CachedJson {
  body: string
  etag: string
}

/**
 * Cache entries are stored as "<etag>\n<body>": splitting at the first newline costs nothing,
 * where wrapping the body in JSON would re-parse kilobytes on every hit. An ETag never holds a newline.
 */
export const packCachedJson = (entry: CachedJson) => `${entry.etag}\n${entry.body}`

export function unpackCachedJson(packed: string): CachedJson {
  const cut = packed.indexOf('\n')
  return { etag: packed.slice(0, cut), body: packed.slice(cut + 1) }
}

export function cachedJson(value: unknown): CachedJson {
  const body = JSON.stringify(value)
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
}

/** Sends a cached body, or 304 when the client already holds this version. */
export function sendCachedJson(req: FastifyRequest, reply: FastifyReply, entry: CachedJson, cacheControl: string) {
  reply.header('etag', entry.etag).header('cache-control', cacheControl)
  const sent = req.headers['if-none-match']
  if (sent && sent.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) return reply.status(304).send()
  return reply.type('application/json; charset=utf-8').send(entry.body)
}
