import 'server-only'
import { cookies, headers } from 'next/headers'
import { regions, type Region } from './catalog'

/** The storefront's own cookie: which region (and so currency) the shopper chose. */
export const REGION_COOKIE = 'ss_region'

/** The countries a browser's Accept-Language names, in its order ("en-US,de;q=0.8" → US). */
function countriesOf(acceptLanguage: string | null): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part) => /^[a-z]{2,3}-([a-z]{2})\b/i.exec(part.trim())?.[1]?.toUpperCase())
    .filter((c): c is string => Boolean(c))
}

/**
 * The shopper's region: their choice when it still exists; else the shop's default
 * (SHOP_DEFAULT_REGION, a region handle); else the region of the country their browser names;
 * else the first region.
 */
export async function currentRegion(): Promise<Region | undefined> {
  const all = await regions()
  const choice = (await cookies()).get(REGION_COOKIE)?.value
  const chosen = all.find((r) => r.id === choice)
  if (chosen) return chosen
  const configured = all.find((r) => r.handle === process.env.SHOP_DEFAULT_REGION)
  if (configured) return configured
  for (const country of countriesOf((await headers()).get('accept-language'))) {
    const region = all.find((r) => r.countries.includes(country))
    if (region) return region
  }
  return all[0]
}

export async function currentCurrency(): Promise<string> {
  return (await currentRegion())?.currency ?? 'USD'
}
