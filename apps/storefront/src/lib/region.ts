import 'server-only'
import { notFound } from 'next/navigation'
import { cookies, headers } from 'next/headers'
import { regions, type Region } from './catalog'
import { chooseRegionFor, REGION_COOKIE } from './region-choice'

export { REGION_COOKIE }

/** The shopper's region, from their cookie and browser (actions: where a new cart starts). */
export async function currentRegion(): Promise<Region | undefined> {
  return chooseRegionFor(await regions(), {
    choice: (await cookies()).get(REGION_COOKIE)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
  })
}

export type RegionParams = Promise<{ region: string }>

/**
 * The region a page renders for: the proxy put it in the path (/r/{regionId}/…), so pages read no
 * cookie and catalog pages can be prerendered once per region.
 */
export async function pageRegion(params: RegionParams): Promise<Region> {
  const id = (await params).region
  const region = (await regions()).find((r) => r.id === id)
  if (!region) notFound()
  return region
}
