/** Invented brands: plausible names that belong to no real company. */
export const BRANDS = [
  { name: 'Nordvik', code: 'NRV', story: 'Nordvik makes quiet, Scandinavian-minded basics meant to be worn for years, not seasons.' },
  {
    name: 'Maison Ardelle',
    code: 'MAR',
    story: 'Maison Ardelle designs relaxed, French-inspired pieces in natural fibres, cut in small batches.',
  },
  {
    name: 'Harbour & Thread',
    code: 'HNT',
    story: 'Harbour & Thread borrows from old coastal workwear: honest fabrics, strong seams, no fuss.',
  },
  { name: 'Stridewell', code: 'STW', story: 'Stridewell builds footwear around one idea: comfort you stop noticing after the first mile.' },
  { name: 'Fernhollow', code: 'FHW', story: 'Fernhollow tests its gear on long weekends in wet hills, then repairs whatever comes back.' },
  {
    name: 'Ember & Oak',
    code: 'EMO',
    story: 'Ember & Oak makes kitchen tools that improve with use and are passed on rather than replaced.',
  },
  { name: 'Loomhaven', code: 'LMH', story: 'Loomhaven weaves soft furnishings with small mills, favouring natural and recycled yarns.' },
  { name: 'Sonavo', code: 'SNV', story: 'Sonavo tunes its audio for long, fatigue-free listening rather than showroom bass.' },
  { name: 'Voltaris', code: 'VLT', story: 'Voltaris designs compact power gear with replaceable cables and honest capacity ratings.' },
  { name: 'Kettlecrest', code: 'KCR', story: 'Kettlecrest outfits camp kitchens and day hikes with simple, durable kit.' },
] as const

export type Brand = (typeof BRANDS)[number]
export type BrandName = Brand['name']

const byName = new Map<string, Brand>(BRANDS.map((brand) => [brand.name, brand]))

export function brandNamed(name: BrandName): Brand {
  return byName.get(name) as Brand
}
