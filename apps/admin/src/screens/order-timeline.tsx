import { Text, Timeline } from '@mantine/core'
import type { Order } from './order-action'
import { actorLabel, useStaffNames } from '../lib/staff-names'

const FIELD_LABEL: Record<string, string> = {
  status: 'Order',
  payment_status: 'Payment',
  fulfillment_status: 'Fulfilment',
  note: 'Note',
  return: 'Return',
}

/** Every transition the order went through, oldest first: who moved what from what to what, and why. */
export function OrderTimeline({ order }: { order: Order }) {
  const names = useStaffNames()
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="timeline" active={order.history.length}>
      {order.history.map((entry, i) => (
        <Timeline.Item
          key={i}
          title={`${FIELD_LABEL[entry.field] ?? entry.field}: ${entry.from ? `${entry.from.replace(/_/g, ' ')} → ` : ''}${(entry.to ?? '').replace(/_/g, ' ')}`}
        >
          <Text size="xs" c="dimmed">
            {new Date(entry.at).toLocaleString()} · {actorLabel(entry.actor, names)}
          </Text>
          {entry.reason && <Text size="sm">{entry.reason}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
