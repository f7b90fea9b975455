import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent } from '../../platform/http/schemas.js'
import { sendCachedJson } from '../../platform/http/cached-json.js'
import type { SearchService } from './service.js'
import type { createStoreSearch } from './store-search.js'
import type { createStoreSuggest } from './store-suggest.js'
import {
  SearchQueryString,
  SearchResponse,
  StopWords,
  SuggestQueryString,
  SuggestResponse,
  SynonymGroupInput,
  SynonymGroupView,
  SynonymParams,
  ZeroResultDismissQuery,
  ZeroResultList,
  ZeroResultQuery,
} from './schemas.js'

export interface SearchRoutesOptions {
  search: SearchService
  storeSearch: ReturnType<typeof createStoreSearch>
  storeSuggest: ReturnType<typeof createStoreSuggest>
}

// Answers follow stock and prices within a second: shared caches must revalidate (the ETag makes that a 304).
const SEARCH_CACHE_CONTROL = 'public, no-cache'

export const searchRoutes: FastifyPluginAsyncTypebox<SearchRoutesOptions> = async (app, { search, storeSearch, storeSuggest }) => {
  const tags = ['search']

  app.get(
    '/store/search',
    {
      schema: {
        tags,
        summary: 'Search products: typo-tolerant, with filters, disjunctive facets, sorts and highlighted titles',
        querystring: SearchQueryString,
        response: { 200: SearchResponse },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => sendCachedJson(req, reply, await storeSearch(req.query), SEARCH_CACHE_CONTROL),
  )

  app.get(
    '/store/search/suggest',
    {
      schema: {
        tags,
        summary: 'As-you-type suggestions: products, categories and brands',
        querystring: SuggestQueryString,
        response: { 200: SuggestResponse },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => sendCachedJson(req, reply, await storeSuggest(req.query), SEARCH_CACHE_CONTROL),
  )

  const read = { auth: { staff: 'catalog:read' } } as const
  const write = (action: string, targetParam?: string) =>
    ({ auth: { staff: 'catalog:write' }, audit: { action, targetType: 'search', ...(targetParam && { targetParam }) } }) as const

  app.get(
    '/admin/search/synonyms',
    {
      schema: {
        tags,
        summary: 'Synonym groups: a query word matches every word of its group',
        response: { 200: Type.Object({ items: Type.Array(SynonymGroupView), nextCursor: Type.Null() }) },
      },
      config: read,
    },
    () => search.dictionary.listSynonyms(),
  )

  app.post(
    '/admin/search/synonyms',
    {
      schema: { tags, summary: 'Add a synonym group', body: SynonymGroupInput, response: { 201: SynonymGroupView } },
      config: write('search.synonyms.create'),
    },
    async (req, reply) => reply.status(201).send(await search.dictionary.createSynonymGroup(req.body.words)),
  )

  app.put(
    '/admin/search/synonyms/:groupId',
    {
      schema: {
        tags,
        summary: 'Replace the words of a synonym group',
        params: SynonymParams,
        body: SynonymGroupInput,
        response: { 200: SynonymGroupView },
      },
      config: write('search.synonyms.update', 'groupId'),
    },
    (req) => search.dictionary.updateSynonymGroup(req.params.groupId, req.body.words),
  )

  app.delete(
    '/admin/search/synonyms/:groupId',
    {
      schema: { tags, summary: 'Remove a synonym group', params: SynonymParams, response: { 204: NoContent } },
      config: write('search.synonyms.delete', 'groupId'),
    },
    async (req, reply) => {
      await search.dictionary.deleteSynonymGroup(req.params.groupId)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/admin/search/stop-words',
    { schema: { tags, summary: 'Words ignored in queries', response: { 200: StopWords } }, config: read },
    () => search.dictionary.stopWords(),
  )

  app.put(
    '/admin/search/stop-words',
    {
      schema: { tags, summary: 'Replace the stop words', body: StopWords, response: { 200: StopWords } },
      config: write('search.stop_words.replace'),
    },
    (req) => search.dictionary.replaceStopWords(req.body.words),
  )

  app.get(
    '/admin/search/zero-results',
    {
      schema: {
        tags,
        summary: 'Queries that found nothing, most searched first',
        querystring: ZeroResultQuery,
        response: { 200: ZeroResultList },
      },
      config: read,
    },
    async (req) => ({
      items: (await search.zeroResults(req.query.limit, (req.query.page - 1) * req.query.limit)).map((r) => ({
        query: r.query,
        searches: r.searches,
        firstAt: r.first_at.toISOString(),
        lastAt: r.last_at.toISOString(),
      })),
      page: req.query.page,
    }),
  )

  app.delete(
    '/admin/search/zero-results',
    {
      schema: {
        tags,
        summary: 'Take a query off the zero-result report (it returns if shoppers search for it again)',
        querystring: ZeroResultDismissQuery,
        response: { 204: NoContent },
      },
      config: write('search.zero_results.dismiss'),
    },
    async (req, reply) => {
      await search.dismissZeroResult(req.query.query)
      return reply.status(204).send(null)
    },
  )
}
