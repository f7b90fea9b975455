import { Badge } from '@mantine/core'
import { formatMoney } from '@shopstack/sdk'
import { formatPercent } from '../lib/basis-points'
import type { Promotion } from './promotion-draft'

type Row = Pick<
  Promotion,
  | 'kind'
  | 'basisPoints'
  | 'amount'
  | 'currency'
  | 'target'
  | 'buyQuantity'
  | 'getQuantity'
  | 'productIds'
  | 'minSubtotal'
  | 'startsAt'
  | 'endsAt'
  | 'usageLimit'
  | 'usageCount'
  | 'perCustomerLimit'
  | 'active'
>

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function reach(target: Promotion['target']): string {
  if (!target || target.scope === 'order') return 'the order'
  if (target.scope === 'products') return plural(target.productIds.length, 'product', 'products')
  return plural(target.categoryIds.length, 'category', 'categories')
}

/** What a promotion takes off, as staff say it: "15 % off the order", "Buy 2, get 1 free (3 products)". */
export function describeValue(p: Row): string {
  const minimum = p.minSubtotal !== null && p.currency ? ` · over ${formatMoney(p.minSubtotal, p.currency)}` : ''
  switch (p.kind) {
    case 'percentage':
      return `${formatPercent(p.basisPoints ?? 0)} off ${reach(p.target)}${minimum}`
    case 'fixed':
      return `${formatMoney(p.amount ?? 0, p.currency ?? 'USD')} off ${reach(p.target)}${minimum}`
    case 'free_shipping':
      return `Free shipping${minimum}`
    case 'buy_x_get_y': {
      const share = p.basisPoints === null || p.basisPoints === 10_000 ? 'free' : `${formatPercent(p.basisPoints)} off`
      return `Buy ${p.buyQuantity}, get ${p.getQuantity} ${share} (${plural(p.productIds?.length ?? 0, 'product', 'products')})${minimum}`
    }
  }
}

export type PromotionState = 'live' | 'scheduled' | 'ended' | 'used up' | 'inactive'

/** Whether a promotion applies right now, and if not, why not. */
export function stateOf(p: Row, now = Date.now()): PromotionState {
  if (!p.active) return 'inactive'
  if (p.usageLimit !== null && p.usageCount >= p.usageLimit) return 'used up'
  if (p.startsAt && Date.parse(p.startsAt) > now) return 'scheduled'
  if (p.endsAt && Date.parse(p.endsAt) <= now) return 'ended'
  return 'live'
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "Always", "From 1 Mar 2026, 09:00", "Until …", or "1 Mar 2026, 09:00 – 8 Mar 2026, 09:00". */
export function windowText(p: Pick<Promotion, 'startsAt' | 'endsAt'>): string {
  if (p.startsAt && p.endsAt) return `${when(p.startsAt)} – ${when(p.endsAt)}`
  if (p.startsAt) return `From ${when(p.startsAt)}`
  if (p.endsAt) return `Until ${when(p.endsAt)}`
  return 'Always'
}

/** "12 / 100", "3 / no limit", with the per-customer limit when there is one. */
export function usesText(p: Row): string {
  const perCustomer = p.perCustomerLimit === null ? '' : ` · ${p.perCustomerLimit} per customer`
  return `${p.usageCount} / ${p.usageLimit ?? 'no limit'}${perCustomer}`
}

// Filled, in shades dark enough for white text (WCAG AA), as the order badges are.
const COLORS: Record<PromotionState, string> = {
  live: '#1b5e20',
  scheduled: '#495057',
  ended: '#495057',
  'used up': '#8a3b00',
  inactive: '#a51d2d',
}

export function PromotionStateBadge({ state }: { state: PromotionState }) {
  return <Badge color={COLORS[state]}>{state}</Badge>
}
