import type { paths, ResponseBody } from '@shopstack/sdk'
import { decimalAmount, formatMoney } from '@shopstack/sdk'
import { toMinorUnits } from '../lib/money'

export type ShippingOption = ResponseBody<'/admin/regions/{regionId}/shipping-options', 'get'>['items'][number]
export type ShippingBody = paths['/admin/regions/{regionId}/shipping-options']['post']['requestBody']['content']['application/json']

/** The API's rules (ShippingOptionInput in the regions module's schemas.ts), checked here before sending. */
export const SHIPPING_LIMITS = { name: 100, tiers: 50, days: 365, minorUnits: 100_000_000_00 } as const

export interface TierDraft {
  key: number
  /** Grams; empty: no upper limit (the last tier). */
  upToGrams: string
  amount: string
}

export interface ShippingDraft {
  name: string
  kind: 'flat' | 'weight'
  amount: string
  tiers: TierDraft[]
  /** Free when the discounted subtotal reaches this; empty: never free. */
  freeAbove: string
  minDays: string
  maxDays: string
}

let nextKey = 1
export const tierKey = () => nextKey++

export const emptyShippingDraft = (): ShippingDraft => ({
  name: '',
  kind: 'flat',
  amount: '',
  tiers: [{ key: tierKey(), upToGrams: '', amount: '' }],
  freeAbove: '',
  minDays: '',
  maxDays: '',
})

export function shippingDraftOf(option: ShippingOption): ShippingDraft {
  const money = (minor: number | null) => (minor === null ? '' : decimalAmount(minor, option.currency))
  return {
    name: option.name,
    kind: option.kind,
    amount: money(option.amount),
    tiers: (option.tiers ?? [{ upToGrams: null, amount: 0 }]).map((t) => ({
      key: tierKey(),
      upToGrams: t.upToGrams === null ? '' : String(t.upToGrams),
      amount: option.tiers ? money(t.amount) : '',
    })),
    freeAbove: money(option.freeAbove),
    minDays: String(option.minDays),
    maxDays: String(option.maxDays),
  }
}

const whole = (text: string) => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : undefined)

/** What the API would refuse, by the field's path in the request (amount, tiers.1.upToGrams, maxDays). */
export function checkShipping(draft: ShippingDraft, currency: string): Record<string, string> {
  const errors: Record<string, string> = {}
  const money = (field: string, text: string) => {
    const minor = toMinorUnits(text, currency)
    if (minor === undefined) errors[field] = `Enter an amount in ${currency}, like 4.95`
    else if (minor > SHIPPING_LIMITS.minorUnits) errors[field] = 'That amount is too large'
  }
  const name = draft.name.trim()
  if (name.length === 0) errors.name = 'A shipping option needs a name'
  else if (name.length > SHIPPING_LIMITS.name) errors.name = `At most ${SHIPPING_LIMITS.name} characters`
  if (draft.kind === 'flat') money('amount', draft.amount)
  else if (draft.tiers.length === 0) errors.tiers = 'Add at least one weight tier'
  else if (draft.tiers.length > SHIPPING_LIMITS.tiers) errors.tiers = `At most ${SHIPPING_LIMITS.tiers} tiers`
  else {
    let previous = 0
    draft.tiers.forEach((tier, i) => {
      money(`tiers.${i}.amount`, tier.amount)
      const last = i === draft.tiers.length - 1
      if (tier.upToGrams.trim() === '') {
        if (!last) errors[`tiers.${i}.upToGrams`] = 'Only the last tier has no upper limit'
        return
      }
      const grams = whole(tier.upToGrams)
      if (grams === undefined || grams < 1) errors[`tiers.${i}.upToGrams`] = 'Whole grams, at least 1'
      else if (grams <= previous) errors[`tiers.${i}.upToGrams`] = 'Must be above the tier before'
      else previous = grams
    })
  }
  if (draft.freeAbove.trim() !== '') money('freeAbove', draft.freeAbove)
  const min = whole(draft.minDays)
  const max = whole(draft.maxDays)
  if (min === undefined || min > SHIPPING_LIMITS.days) errors.minDays = `Whole days, 0 to ${SHIPPING_LIMITS.days}`
  if (max === undefined || max > SHIPPING_LIMITS.days) errors.maxDays = `Whole days, 0 to ${SHIPPING_LIMITS.days}`
  else if (min !== undefined && max < min) errors.maxDays = 'Must not be below the fewest days'
  return errors
}

/** The request body of a checked draft: a flat option sends its amount, a weight option its tiers. */
export function shippingBodyOf(draft: ShippingDraft, currency: string): ShippingBody {
  const minor = (text: string) => toMinorUnits(text, currency)!
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    ...(draft.kind === 'flat'
      ? { amount: minor(draft.amount) }
      : {
          tiers: draft.tiers.map((t) => ({
            upToGrams: t.upToGrams.trim() === '' ? null : Number(t.upToGrams.trim()),
            amount: minor(t.amount),
          })),
        }),
    freeAbove: draft.freeAbove.trim() === '' ? null : minor(draft.freeAbove),
    minDays: Number(draft.minDays.trim()),
    maxDays: Number(draft.maxDays.trim()),
  }
}

/** "$5.95", "up to 1000 g $14.95 · above $39.95", with the free-above threshold. */
export function priceText(option: ShippingOption): string {
  const money = (minor: number) => formatMoney(minor, option.currency)
  const price =
    option.kind === 'flat'
      ? money(option.amount ?? 0)
      : (option.tiers ?? [])
          .map((t) => (t.upToGrams === null ? `above: ${money(t.amount)}` : `≤ ${t.upToGrams} g: ${money(t.amount)}`))
          .join(' · ')
  return option.freeAbove === null ? price : `${price} · free from ${money(option.freeAbove)}`
}
