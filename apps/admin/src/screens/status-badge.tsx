import { Badge } from '@mantine/core'

// Filled, in shades dark enough for white text (WCAG AA).
const GOOD = '#1b5e20'
const WAITING = '#495057'
const ATTENTION = '#8a3b00'
const BAD = '#a51d2d'

const COLORS: Record<string, string> = {
  active: GOOD,
  draft: WAITING,
  archived: ATTENTION,
  pending: WAITING,
  confirmed: GOOD,
  completed: GOOD,
  canceled: BAD,
  requires_action: ATTENTION,
  authorized: WAITING,
  partially_captured: ATTENTION,
  captured: GOOD,
  partially_refunded: ATTENTION,
  refunded: WAITING,
  voided: WAITING,
  failed: BAD,
  not_fulfilled: WAITING,
  partially_fulfilled: ATTENTION,
  fulfilled: GOOD,
  partially_shipped: ATTENTION,
  shipped: GOOD,
  partially_delivered: ATTENTION,
  delivered: GOOD,
}

/** A status as staff read it ("partially captured"), coloured by whether it wants their attention. */
export function StatusBadge({ status }: { status: string }) {
  return <Badge color={COLORS[status] ?? WAITING}>{status.replace(/_/g, ' ')}</Badge>
}
