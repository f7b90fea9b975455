import { useState, type FormEvent } from 'react'
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { decimalAmount, formatMoney } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { toMinorUnits } from '../lib/money'
import { useOrderAction, type Order } from './order-action'

type Return = Order['returns'][number]
const returnPath = (orderId: string, returnId: string) => ({ params: { path: { orderId, returnId } } })

/** Open a return for shipped units: how many of each, why, and whether they go back on the shelf. */
function NewReturnForm({ order }: { order: Order }) {
  // Units already on an open return cannot be returned twice; the API checks the same.
  const pending = new Map<string, number>()
  for (const r of order.returns)
    if (r.status === 'requested') for (const item of r.items) pending.set(item.lineId, (pending.get(item.lineId) ?? 0) + item.quantity)
  const lines = order.items
    .map((l) => ({ ...l, returnable: l.fulfilledQuantity - l.returnedQuantity - (pending.get(l.id) ?? 0) }))
    .filter((l) => l.returnable > 0)
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [reason, setReason] = useState('')
  const [restock, setRestock] = useState(true)
  const action = useOrderAction(
    order.id,
    (body: { items: { lineId: string; quantity: number }[]; reason?: string; restock: boolean }) =>
      unwrap(api.POST('/admin/orders/{orderId}/returns', { params: { path: { orderId: order.id } }, body })).then((opened) => opened.order),
    'Return opened',
  )
  if (lines.length === 0) return null
  function submit(event: FormEvent) {
    event.preventDefault()
    const items = lines.map((l) => ({ lineId: l.id, quantity: quantities[l.id] ?? 0 })).filter((i) => i.quantity > 0)
    const errors: Record<string, string> = {}
    if (items.length === 0) errors._ = 'Pick at least one unit to return'
    if (reason.length > 500) errors.reason = 'At most 500 characters'
    action.setErrors(errors)
    if (Object.keys(errors).length === 0) action.mutate({ items, restock, ...(reason.trim() && { reason: reason.trim() }) })
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Open a return">
      <Stack gap="xs">
        <Title order={4}>Open a return</Title>
        {action.errors._ && (
          <Alert color="red" role="alert">
            {action.errors._}
          </Alert>
        )}
        <Table>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  {line.title} · {line.variantTitle}
                </Table.Td>
                <Table.Td w={140}>
                  <NumberInput
                    aria-label={`Units of ${line.title} · ${line.variantTitle} to return`}
                    min={0}
                    max={line.returnable}
                    clampBehavior="strict"
                    allowDecimal={false}
                    value={quantities[line.id] ?? 0}
                    onChange={(value) => setQuantities({ ...quantities, [line.id]: typeof value === 'number' ? value : 0 })}
                  />
                </Table.Td>
                <Table.Td>of {line.returnable}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <TextInput label="Return reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={action.errors.reason} />
        <Checkbox
          label="Put the units back in stock when they arrive"
          checked={restock}
          onChange={(e) => setRestock(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" variant="default" loading={action.isPending}>
            Open return
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** One return's next step: received (restocked if it says so), then refunded; or canceled before it arrives. */
function ReturnRow({ order, ret }: { order: Order; ret: Return }) {
  const units = new Map(order.items.map((l) => [l.id, l]))
  const worth = ret.items.reduce((sum, item) => sum + (units.get(item.lineId)?.unitPrice ?? 0) * item.quantity, 0)
  const [amount, setAmount] = useState(decimalAmount(worth, order.currency))
  const receive = useOrderAction(
    order.id,
    () => unwrap(api.POST('/admin/orders/{orderId}/returns/{returnId}/receive', returnPath(order.id, ret.id))),
    ret.restock ? 'Return received; units back in stock' : 'Return received',
  )
  const cancel = useOrderAction(
    order.id,
    () => unwrap(api.POST('/admin/orders/{orderId}/returns/{returnId}/cancel', returnPath(order.id, ret.id))),
    'Return canceled',
  )
  const refund = useOrderAction(
    order.id,
    (minor: number) =>
      unwrap(api.POST('/admin/orders/{orderId}/returns/{returnId}/refund', { ...returnPath(order.id, ret.id), body: { amount: minor } })),
    'Return refunded',
  )
  const refundable = order.totals.capturedTotal - order.totals.refundedTotal
  function submitRefund(event: FormEvent) {
    event.preventDefault()
    const minor = toMinorUnits(amount, order.currency)
    if (minor === undefined) return refund.setErrors({ amount: `Enter an amount in ${order.currency}, like 12.50` })
    if (minor > refundable) return refund.setErrors({ amount: `At most ${formatMoney(refundable, order.currency)} can be refunded` })
    refund.mutate(minor)
  }
  const failure = receive.errors._ ?? cancel.errors._ ?? refund.errors._
  return (
    <Paper withBorder p="sm" data-testid="return">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm">
            {ret.items.reduce((n, i) => n + i.quantity, 0)} units{ret.reason ? ` · ${ret.reason}` : ''}
            {ret.restock ? ' · restock' : ''}
          </Text>
          <Badge variant="light" color="dark">
            {ret.status}
          </Badge>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {ret.status === 'requested' && (
          <Group>
            <Button size="xs" loading={receive.isPending} onClick={() => receive.mutate(undefined)}>
              Mark received
            </Button>
            <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(undefined)}>
              Cancel return
            </Button>
          </Group>
        )}
        {ret.status === 'received' && refundable > 0 && (
          <form onSubmit={submitRefund} noValidate aria-label="Refund return">
            <Group align="end">
              <TextInput
                label={`Refund (${order.currency})`}
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={refund.errors.amount}
                w={160}
              />
              <Button type="submit" size="sm" loading={refund.isPending}>
                Refund return
              </Button>
            </Group>
          </form>
        )}
        {ret.refundAmount !== null && <Text size="sm">Refunded {formatMoney(ret.refundAmount, order.currency)}</Text>}
      </Stack>
    </Paper>
  )
}

/** Returns of this order, and the form to open one. */
export function OrderReturns({ order }: { order: Order }) {
  const version = order.history.length
  const shipped = order.items.some((l) => l.fulfilledQuantity > 0)
  if (!shipped && order.returns.length === 0) return null
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="returns-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="returns-heading">
          Returns
        </Title>
        {order.returns.map((ret) => (
          <ReturnRow key={`${ret.id}-${version}`} order={order} ret={ret} />
        ))}
        <NewReturnForm key={`new-return-${version}`} order={order} />
      </Stack>
    </Paper>
  )
}
