import { Alert, Anchor, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { formatMoney } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { useCan } from '../lib/session'
import { StatusBadge } from './status-badge'
import { OrderActions } from './order-actions'
import { OrderReturns } from './order-returns'
import { OrderTimeline } from './order-timeline'

function TotalRow({ label, amount, strong, testId }: { label: string; amount: string; strong?: boolean; testId?: string }) {
  const size = strong ? undefined : 'sm'
  const weight = strong ? 700 : undefined
  return (
    <Group justify="space-between">
      <Text size={size} fw={weight}>
        {label}
      </Text>
      <Text size={size} fw={weight} data-testid={testId}>
        {amount}
      </Text>
    </Group>
  )
}

/** One order: lines with what was fulfilled and returned, totals, payments, parcels, the actions its state allows, and its timeline. */
export function OrderScreen() {
  const { orderId = '' } = useParams()
  const can = useCan()
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: () => unwrap(api.GET('/admin/orders/{orderId}', { params: { path: { orderId } } })),
  })
  if (order.isPending) return <Text>Loading…</Text>
  if (order.isError) return <Alert color="red">{order.error.message}</Alert>
  const o = order.data
  const money = (minor: number) => formatMoney(minor, o.currency)
  return (
    <Stack>
      <Anchor component={Link} to="/orders" size="sm">
        ← Orders
      </Anchor>
      <Group>
        <Title order={2}>Order #{o.number}</Title>
        <StatusBadge status={o.status} />
        <StatusBadge status={o.paymentStatus} />
        <StatusBadge status={o.fulfillmentStatus} />
      </Group>
      <Text size="sm" c="dimmed">
        Placed {new Date(o.placedAt).toLocaleString()} · {o.email ?? 'no email'}
        {o.shippingAddress &&
          ` · ${o.shippingAddress.firstName} ${o.shippingAddress.lastName}, ${o.shippingAddress.city} ${o.shippingAddress.countryCode}`}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Table.ScrollContainer minWidth={560}>
              <Table data-testid="order-lines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Item</Table.Th>
                    <Table.Th ta="right">Qty</Table.Th>
                    <Table.Th ta="right">Fulfilled</Table.Th>
                    <Table.Th ta="right">Returned</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.items.map((line) => (
                    <Table.Tr key={line.id}>
                      <Table.Td>
                        {line.title}
                        <Text size="xs" c="dimmed">
                          {line.variantTitle} {line.sku && `· ${line.sku}`}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{line.quantity}</Table.Td>
                      <Table.Td ta="right">{line.fulfilledQuantity}</Table.Td>
                      <Table.Td ta="right">{line.returnedQuantity}</Table.Td>
                      <Table.Td ta="right">{money(line.total)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Paper withBorder p="md" component="section" aria-label="Totals">
              <Stack gap={2}>
                <TotalRow label="Subtotal" amount={money(o.totals.subtotal)} />
                {o.totals.discountTotal > 0 && (
                  <TotalRow
                    label={`Discount${o.promotionCode ? ` (${o.promotionCode})` : ''}`}
                    amount={`−${money(o.totals.discountTotal)}`}
                  />
                )}
                <TotalRow label={`Shipping${o.shipping.method ? ` (${o.shipping.method})` : ''}`} amount={money(o.totals.shippingTotal)} />
                <TotalRow label={`Tax${o.pricesIncludeTax ? ' (included)' : ''}`} amount={money(o.totals.taxTotal)} />
                <TotalRow label="Total" amount={money(o.totals.total)} strong testId="order-total" />
                <TotalRow label="Captured" amount={money(o.totals.capturedTotal)} testId="captured" />
                <TotalRow label="Refunded" amount={money(o.totals.refundedTotal)} testId="refunded" />
              </Stack>
            </Paper>
            {o.fulfillments.length > 0 && (
              <Paper withBorder p="md" component="section" aria-labelledby="parcels">
                <Title order={3} size="h5" id="parcels" mb="xs">
                  Parcels
                </Title>
                {o.fulfillments.map((f) => (
                  <Text key={f.id} size="sm" data-testid="parcel">
                    {f.items.reduce((n, i) => n + i.quantity, 0)} units · {f.status.replace(/_/g, ' ')}
                    {f.carrier && ` · ${f.carrier}`}
                    {f.trackingNumber && ` ${f.trackingNumber}`}
                  </Text>
                ))}
              </Paper>
            )}
            {can('orders:write') && <OrderActions order={o} />}
            {can('orders:write') && <OrderReturns order={o} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
            <Title order={3} size="h5" id="timeline-heading" mb="sm">
              Timeline
            </Title>
            <OrderTimeline order={o} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
