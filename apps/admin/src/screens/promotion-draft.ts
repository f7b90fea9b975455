import type { paths, ResponseBody } from '@shopstack/sdk'
import { decimalAmount } from '@shopstack/sdk'
import { toMinorUnits } from '../lib/money'
import { basisPointsToPercent, percentToBasisPoints } from '../lib/basis-points'

export type Promotion = ResponseBody<'/admin/promotions/{promotionId}', 'get'>
export type PromotionBody = paths['/admin/promotions']['post']['requestBody']['content']['application/json']
export type Kind = Promotion['kind']
export type Scope = 'order' | 'products' | 'categories'

// Checked against the API's types: a kind the API drops or renames fails the build here.
export const KINDS = [
  { value: 'percentage', label: 'Percentage off' },
  { value: 'fixed', label: 'Fixed amount off' },
  { value: 'free_shipping', label: 'Free shipping' },
  { value: 'buy_x_get_y', label: 'Buy X get Y' },
] as const satisfies readonly { value: Kind; label: string }[]

/** The API's rules (PromotionInput in the promotions module's schemas.ts), checked here before sending. */
export const LIMITS = {
  name: 200,
  code: /^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/,
  ids: 500,
  quantity: 1000,
  minorUnits: 100_000_000_00,
  usageLimit: 100_000_000,
  perCustomerLimit: 100_000,
} as const

/** The form's fields, as typed: amounts and rates are text until they are checked. */
export interface PromotionDraft {
  name: string
  trigger: 'code' | 'automatic'
  code: string
  kind: Kind
  /** percentage: the rate; buy_x_get_y: the share off the free units (empty: all of it). */
  percent: string
  amount: string
  /** Empty: carts in any currency (a fixed amount always names one). */
  currency: string
  scope: Scope
  /** The target's products, or the products a buy X get Y counts. */
  productIds: string[]
  categoryIds: string[]
  buyQuantity: string
  getQuantity: string
  minSubtotal: string
  /** datetime-local values, in the browser's time zone. */
  startsAt: string
  endsAt: string
  usageLimit: string
  perCustomerLimit: string
}

export const emptyDraft = (): PromotionDraft => ({
  name: '',
  trigger: 'code',
  code: '',
  kind: 'percentage',
  percent: '',
  amount: '',
  currency: '',
  scope: 'order',
  productIds: [],
  categoryIds: [],
  buyQuantity: '',
  getQuantity: '',
  minSubtotal: '',
  startsAt: '',
  endsAt: '',
  usageLimit: '',
  perCustomerLimit: '',
})

const pad = (n: number) => String(n).padStart(2, '0')

/** An ISO time as a datetime-local value in the browser's time zone ("2026-03-01T09:30"). */
export function localInput(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A datetime-local value as an ISO time, or undefined when it is not a time. */
function isoOf(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return undefined
  const time = new Date(local)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString()
}

export function draftOf(p: Promotion): PromotionDraft {
  const money = (minor: number | null) => (minor === null || !p.currency ? '' : decimalAmount(minor, p.currency))
  return {
    name: p.name,
    trigger: p.code === null ? 'automatic' : 'code',
    code: p.code ?? '',
    kind: p.kind,
    // A buy X get Y that gives the free units away whole shows an empty share (the default).
    percent: p.basisPoints === null || (p.kind === 'buy_x_get_y' && p.basisPoints === 10_000) ? '' : basisPointsToPercent(p.basisPoints),
    amount: money(p.amount),
    currency: p.currency ?? '',
    scope: p.target?.scope ?? 'order',
    productIds: p.target?.scope === 'products' ? p.target.productIds : (p.productIds ?? []),
    categoryIds: p.target?.scope === 'categories' ? p.target.categoryIds : [],
    buyQuantity: p.buyQuantity === null ? '' : String(p.buyQuantity),
    getQuantity: p.getQuantity === null ? '' : String(p.getQuantity),
    minSubtotal: money(p.minSubtotal),
    startsAt: localInput(p.startsAt),
    endsAt: localInput(p.endsAt),
    usageLimit: p.usageLimit === null ? '' : String(p.usageLimit),
    perCustomerLimit: p.perCustomerLimit === null ? '' : String(p.perCustomerLimit),
  }
}

const whole = (text: string) => (/^\d{1,12}$/.test(text.trim()) ? Number(text.trim()) : undefined)

/** What the API would refuse, by the field's name in the request (the keys ApiProblem.fieldErrors uses). */
export function check(draft: PromotionDraft, usageCount = 0): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = draft.name.trim()
  if (name.length === 0) errors.name = 'A promotion needs a name'
  else if (name.length > LIMITS.name) errors.name = `At most ${LIMITS.name} characters`
  if (draft.trigger === 'code' && !LIMITS.code.test(draft.code.trim()))
    errors.code = 'Letters, digits, - and _, 3 to 40 characters, starting with a letter or digit'

  const needsCurrency = draft.kind === 'fixed' || draft.minSubtotal.trim() !== ''
  if (needsCurrency && !/^[A-Z]{3}$/.test(draft.currency))
    errors.currency = draft.kind === 'fixed' ? 'A fixed amount needs its currency' : 'A minimum subtotal needs its currency'
  const money = (field: 'amount' | 'minSubtotal', text: string) => {
    if (!/^[A-Z]{3}$/.test(draft.currency)) return
    const minor = toMinorUnits(text, draft.currency)
    if (minor === undefined) errors[field] = `Enter an amount in ${draft.currency}, like 12.50`
    else if (minor > LIMITS.minorUnits) errors[field] = 'That amount is too large'
  }
  const rate = (required: boolean) => {
    if (!required && draft.percent.trim() === '') return
    const bp = percentToBasisPoints(draft.percent)
    if (bp === undefined) errors.basisPoints = 'Enter a percentage like 15 or 12.5 (at most two decimals)'
    else if (bp < 1) errors.basisPoints = 'At least 0.01 %'
    else if (bp > 10_000) errors.basisPoints = 'At most 100 %'
  }
  const ids = (field: string, values: string[], what: string) => {
    if (values.length === 0) errors[field] = `Choose at least one ${what}`
    else if (values.length > LIMITS.ids) errors[field] = `At most ${LIMITS.ids}`
  }
  const target = () => {
    if (draft.scope === 'products') ids('target.productIds', draft.productIds, 'product')
    if (draft.scope === 'categories') ids('target.categoryIds', draft.categoryIds, 'category')
  }
  const quantity = (field: 'buyQuantity' | 'getQuantity', text: string) => {
    const n = whole(text)
    if (n === undefined || n < 1 || n > LIMITS.quantity) errors[field] = `A whole number from 1 to ${LIMITS.quantity}`
  }

  if (draft.kind === 'percentage') {
    rate(true)
    target()
  } else if (draft.kind === 'fixed') {
    money('amount', draft.amount)
    target()
  } else if (draft.kind === 'buy_x_get_y') {
    quantity('buyQuantity', draft.buyQuantity)
    quantity('getQuantity', draft.getQuantity)
    ids('productIds', draft.productIds, 'product')
    rate(false)
  }
  if (draft.minSubtotal.trim() !== '') money('minSubtotal', draft.minSubtotal)

  const starts = draft.startsAt ? isoOf(draft.startsAt) : null
  const ends = draft.endsAt ? isoOf(draft.endsAt) : null
  if (starts === undefined) errors.startsAt = 'Enter a date and time'
  if (ends === undefined) errors.endsAt = 'Enter a date and time'
  if (starts && ends && Date.parse(ends) <= Date.parse(starts)) errors.endsAt = 'Must be after the start'

  if (draft.usageLimit.trim() !== '') {
    const n = whole(draft.usageLimit)
    if (n === undefined || n < 1 || n > LIMITS.usageLimit)
      errors.usageLimit = `A whole number from 1 to ${LIMITS.usageLimit.toLocaleString('en')}`
    else if (n < usageCount) errors.usageLimit = `It was used ${usageCount} times already`
  }
  if (draft.perCustomerLimit.trim() !== '') {
    const n = whole(draft.perCustomerLimit)
    if (n === undefined || n < 1 || n > LIMITS.perCustomerLimit)
      errors.perCustomerLimit = `A whole number from 1 to ${LIMITS.perCustomerLimit.toLocaleString('en')}`
  }
  return errors
}

/**
 * The request body of a checked draft: the fields its kind takes and no others (the API refuses
 * the rest), and null for what was cleared. A time left as it was keeps its stored value exactly.
 */
export function bodyOf(draft: PromotionDraft, original?: Promotion): PromotionBody {
  const bp = percentToBasisPoints(draft.percent)
  const minor = (text: string) => toMinorUnits(text, draft.currency)!
  const target = (): NonNullable<PromotionBody['target']> =>
    draft.scope === 'products'
      ? { scope: 'products', productIds: draft.productIds }
      : draft.scope === 'categories'
        ? { scope: 'categories', categoryIds: draft.categoryIds }
        : { scope: 'order' }
  const time = (local: string, stored: string | null | undefined) =>
    local === '' ? null : stored && localInput(stored) === local ? stored : isoOf(local)!
  const count = (text: string) => (text.trim() === '' ? null : Number(text.trim()))
  return {
    name: draft.name.trim(),
    code: draft.trigger === 'code' ? draft.code.trim() : null,
    kind: draft.kind,
    ...(draft.kind === 'percentage' && { basisPoints: bp!, target: target() }),
    ...(draft.kind === 'fixed' && { amount: minor(draft.amount), target: target() }),
    ...(draft.kind === 'buy_x_get_y' && {
      buyQuantity: Number(draft.buyQuantity.trim()),
      getQuantity: Number(draft.getQuantity.trim()),
      productIds: draft.productIds,
      basisPoints: bp ?? 10_000,
    }),
    currency: draft.currency || null,
    minSubtotal: draft.minSubtotal.trim() === '' ? null : minor(draft.minSubtotal),
    startsAt: time(draft.startsAt, original?.startsAt),
    endsAt: time(draft.endsAt, original?.endsAt),
    usageLimit: count(draft.usageLimit),
    perCustomerLimit: count(draft.perCustomerLimit),
  }
}
