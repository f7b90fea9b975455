import 'server-only'
import { cache } from 'react'
import { catalogApi } from './api'

export const collections = cache(async () => {
  const { data } = await catalogApi(60).GET('/store/collections', { params: { query: { limit: 100 } } })
  return data?.items ?? []
})

export const collectionByHandle = async (handle: string) => (await collections()).find((c) => c.handle === handle)
