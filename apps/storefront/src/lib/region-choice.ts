/** The storefront's own cookie: which region (and so currency) the shopper chose. */
export const REGION_COOKIE = 'ss_region'

/** The request header in which the proxy hands the chosen region's id to the rewrite (next.config.ts). */
export const REGION_HEADER = 'x-shopstack-region'

/** The countries a browser's Accept-Language names, in its order ("en-US,de;q=0.8" → US). */
function countriesOf(acceptLanguage: string | null | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part) => /^[a-z]{2,3}-([a-z]{2})\b/i.exec(part.trim())?.[1]?.toUpperCase())
    .filter((c): c is string => Boolean(c))
}

interface RegionLike {
  id: string
  handle: string
  countries: readonly string[]
}

/**
 * The shopper's region: their choice when it still exists; else the shop's default
 * (SHOP_DEFAULT_REGION, a region handle); else the region of the country their browser names;
 * else the first region. Used by the proxy (which page to serve) and by actions (where a cart starts).
 */
export function chooseRegionFor<R extends RegionLike>(
  all: readonly R[],
  shopper: { choice?: string; acceptLanguage?: string | null },
): R | undefined {
  const chosen = all.find((r) => r.id === shopper.choice)
  if (chosen) return chosen
  const configured = all.find((r) => r.handle === process.env.SHOP_DEFAULT_REGION)
  if (configured) return configured
  for (const country of countriesOf(shopper.acceptLanguage)) {
    const region = all.find((r) => r.countries.includes(country))
    if (region) return region
  }
  return all[0]
}
