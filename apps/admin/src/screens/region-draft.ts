import type { paths, ResponseBody } from '@shopstack/sdk'
import { basisPointsToPercent, percentToBasisPoints } from '../lib/basis-points'

export type Region = ResponseBody<'/admin/regions/{regionId}', 'get'>
export type RegionBody = paths['/admin/regions']['post']['requestBody']['content']['application/json']
export type TaxClass = Region['taxOverrides'][number]['taxClass']

// Checked against the API's types: a class the API drops or renames fails the build here.
export const TAX_CLASSES = [
  { value: 'standard', label: 'Standard' },
  { value: 'reduced', label: 'Reduced' },
  { value: 'zero', label: 'Zero' },
] as const satisfies readonly { value: TaxClass; label: string }[]

/** The API's rules (RegionInput in the regions module's schemas.ts), checked here before sending. */
export const REGION_LIMITS = {
  handle: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  handleLength: 200,
  name: 100,
  countries: 250,
  country: /^[A-Z]{2}$/,
  currency: /^[A-Z]{3}$/,
  overrides: 500,
} as const

export interface OverrideDraft {
  /** Keeps a row's inputs when an earlier row is removed. */
  key: number
  country: string
  taxClass: TaxClass
  rate: string
}

/** The form's fields, as typed: rates are percentages in text until they are checked. */
export interface RegionDraft {
  handle: string
  name: string
  currency: string
  countries: string[]
  pricesIncludeTax: boolean
  rates: Record<TaxClass, string>
  overrides: OverrideDraft[]
}

let nextKey = 1
export const overrideKey = () => nextKey++

export const emptyRegionDraft = (): RegionDraft => ({
  handle: '',
  name: '',
  currency: '',
  countries: [],
  pricesIncludeTax: false,
  rates: { standard: '', reduced: '', zero: '0' },
  overrides: [],
})

export const regionDraftOf = (r: Region): RegionDraft => ({
  handle: r.handle,
  name: r.name,
  currency: r.currency,
  countries: r.countries,
  pricesIncludeTax: r.pricesIncludeTax,
  rates: {
    standard: basisPointsToPercent(r.taxRates.standard),
    reduced: basisPointsToPercent(r.taxRates.reduced),
    zero: basisPointsToPercent(r.taxRates.zero),
  },
  overrides: r.taxOverrides.map((o) => ({
    key: overrideKey(),
    country: o.country,
    taxClass: o.taxClass,
    rate: basisPointsToPercent(o.rate),
  })),
})

function rateError(text: string): string | undefined {
  const bp = percentToBasisPoints(text)
  if (bp === undefined) return 'Enter a percentage like 20 or 8.25 (at most two decimals)'
  if (bp > 10_000) return 'At most 100 %'
  return undefined
}

/** What the API would refuse, by the field's path in the request (taxRates.standard, taxOverrides.0.rate). */
export function checkRegion(draft: RegionDraft, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  if (creating) {
    if (!REGION_LIMITS.handle.test(draft.handle) || draft.handle.length > REGION_LIMITS.handleLength)
      errors.handle = 'Lower-case letters and digits, words joined by single hyphens (like north-america)'
    if (!REGION_LIMITS.currency.test(draft.currency)) errors.currency = 'Three capital letters (ISO 4217), like EUR'
  }
  const name = draft.name.trim()
  if (name.length === 0) errors.name = 'A region needs a name'
  else if (name.length > REGION_LIMITS.name) errors.name = `At most ${REGION_LIMITS.name} characters`
  if (draft.countries.length === 0) errors.countries = 'A region needs at least one country'
  else if (draft.countries.length > REGION_LIMITS.countries) errors.countries = `At most ${REGION_LIMITS.countries} countries`
  else {
    const wrong = draft.countries.find((c) => !REGION_LIMITS.country.test(c))
    if (wrong) errors.countries = `${wrong} is not a two-letter country code (ISO 3166-1), like DE`
  }
  for (const taxClass of ['standard', 'reduced', 'zero'] as const) {
    const error = rateError(draft.rates[taxClass])
    if (error) errors[`taxRates.${taxClass}`] = error
  }
  if (draft.overrides.length > REGION_LIMITS.overrides) errors.taxOverrides = `At most ${REGION_LIMITS.overrides} overrides`
  draft.overrides.forEach((o, i) => {
    if (!draft.countries.includes(o.country)) errors[`taxOverrides.${i}.country`] = 'Choose one of the region’s countries'
    else if (draft.overrides.findIndex((other) => other.country === o.country && other.taxClass === o.taxClass) < i)
      errors[`taxOverrides.${i}.taxClass`] = `${o.country} has a ${o.taxClass} override already`
    const error = rateError(o.rate)
    if (error) errors[`taxOverrides.${i}.rate`] = error
  })
  return errors
}

/** The request body of a checked draft (handle and currency are set when a region is created). */
export function regionBodyOf(draft: RegionDraft): RegionBody {
  const bp = (text: string) => percentToBasisPoints(text)!
  return {
    handle: draft.handle,
    name: draft.name.trim(),
    currency: draft.currency,
    countries: draft.countries,
    pricesIncludeTax: draft.pricesIncludeTax,
    taxRates: { standard: bp(draft.rates.standard), reduced: bp(draft.rates.reduced), zero: bp(draft.rates.zero) },
    taxOverrides: draft.overrides.map((o) => ({ country: o.country, taxClass: o.taxClass, rate: bp(o.rate) })),
  }
}

/** The first error about the countries: the list's own, or one about a country in it ("countries.1" from the API). */
export function countriesError(errors: Record<string, string>, countries: string[]): string | undefined {
  if (errors.countries) return errors.countries
  const key = Object.keys(errors).find((k) => /^countries\.\d+$/.test(k))
  if (!key) return undefined
  const country = countries[Number(key.split('.')[1])]
  return country ? `${country} ${errors[key]}` : errors[key]
}
