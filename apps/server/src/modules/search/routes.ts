import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent } from '../../platform/http/schemas.js'
import { DEFAULT_CURRENCY } from '../catalog/service.js'
import type { SearchService } from './service.js'
import type { createStoreSearch } from './store-search.js'
import {
  SearchQueryString,
  SearchResponse,
  StopWords,
  SuggestQueryString,
  SuggestResponse,
  SynonymGroupInput,
  SynonymGroupView,
  SynonymParams,
  ZeroResultList,
  ZeroResultQuery,
} from './schemas.js'

export interface SearchRoutesOptions {
  search: SearchService
  storeSearch: ReturnType<typeof createStoreSearch>
}

export const searchRoutes: FastifyPluginAsyncTypebox<SearchRoutesOptions> = async (app, { search, storeSearch }) => {
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
    (req) => storeSearch(req.query),
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
    async (req) => {
      const text = req.query.q.trim()
      const suggestions = text ? await search.suggest(text, req.query.currency ?? DEFAULT_CURRENCY, req.query.limit) : []
      const taxonomy = suggestions.length > 0 ? await search.taxonomy() : { categories: [] }
      const handleOfCategory = new Map(taxonomy.categories.map((c) => [c.id, c.handle]))
      const products = suggestions.filter((s) => s.kind === 'product')
      const handles = new Map((await search.productHandles(products.map((p) => p.id))).map((p) => [p.id, p.handle]))
      return {
        query: text,
        products: products.flatMap((s) => {
          const handle = handles.get(s.id)
          return handle ? [{ id: s.id, label: s.label, highlightedLabel: s.highlightedLabel, handle }] : []
        }),
        categories: suggestions
          .filter((s) => s.kind === 'category')
          .flatMap((s) => {
            const handle = handleOfCategory.get(s.id)
            return handle ? [{ id: s.id, label: s.label, highlightedLabel: s.highlightedLabel, handle }] : []
          }),
        brands: suggestions.filter((s) => s.kind === 'brand').map((s) => ({ label: s.label, highlightedLabel: s.highlightedLabel })),
      }
    },
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
}
