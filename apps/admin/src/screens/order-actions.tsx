import { useState, type FormEvent } from 'react'
import { Alert, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, TextInput, Title } from '@mantine/core'
import { decimalAmount, formatMoney } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { toMinorUnits } from '../lib/money'
import { useOrderAction, type Order } from './order-action'

function FormError({ message }: { message?: string }) {
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null
}

const path = (orderId: string) => ({ params: { path: { orderId } } })

/** Take the money that was authorized: all of it, or part (a partial shipment). */
export function CaptureForm({ order }: { order: Order }) {
  const payment = order.payments.find((p) => p.authorizedAmount > p.capturedAmount)
  const open = payment ? payment.authorizedAmount - payment.capturedAmount : 0
  const [amount, setAmount] = useState(decimalAmount(open, order.currency))
  const action = useOrderAction(
    order.id,
    (minor: number) => unwrap(api.POST('/admin/orders/{orderId}/capture', { ...path(order.id), body: { amount: minor } })),
    'Payment captured',
  )
  if (!payment || open <= 0) return null
  function submit(event: FormEvent) {
    event.preventDefault()
    const minor = toMinorUnits(amount, order.currency)
    if (minor === undefined || minor < 1) return action.setErrors({ amount: `Enter an amount in ${order.currency}, like 12.50` })
    if (minor > open) return action.setErrors({ amount: `At most ${formatMoney(open, order.currency)} is authorized and not captured` })
    action.mutate(minor)
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Capture payment">
      <Stack gap="xs">
        <Title order={4}>Capture payment</Title>
        <FormError message={action.errors._} />
        <Group align="end">
          <TextInput
            label={`Amount (${order.currency})`}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={action.errors.amount}
            w={180}
          />
          <Button type="submit" loading={action.isPending}>
            Capture
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Give money back: never more than was captured and not yet refunded (the API holds that line too). */
export function RefundForm({ order }: { order: Order }) {
  const refundable = order.totals.capturedTotal - order.totals.refundedTotal
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const action = useOrderAction(
    order.id,
    (body: { amount: number; reason: string }) => unwrap(api.POST('/admin/orders/{orderId}/refunds', { ...path(order.id), body })),
    'Refund sent',
  )
  if (refundable <= 0) return null
  function submit(event: FormEvent) {
    event.preventDefault()
    const minor = toMinorUnits(amount, order.currency)
    const errors: Record<string, string> = {}
    if (minor === undefined || minor < 1) errors.amount = `Enter an amount in ${order.currency}, like 12.50`
    else if (minor > refundable) errors.amount = `At most ${formatMoney(refundable, order.currency)} can be refunded`
    if (reason.trim().length === 0) errors.reason = 'Say why, for the order’s timeline'
    action.setErrors(errors)
    if (Object.keys(errors).length === 0) action.mutate({ amount: minor!, reason: reason.trim() })
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Refund">
      <Stack gap="xs">
        <Title order={4}>Refund (up to {formatMoney(refundable, order.currency)})</Title>
        <FormError message={action.errors._} />
        <Group align="start">
          <TextInput
            label={`Refund amount (${order.currency})`}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={action.errors.amount}
            w={200}
          />
          <TextInput
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={action.errors.reason}
            maxLength={500}
            w={280}
          />
        </Group>
        <Group>
          <Button type="submit" loading={action.isPending}>
            Refund
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Pack units into a parcel, with the carrier's tracking number, and mark it shipped at once if it left. */
export function FulfilForm({ order }: { order: Order }) {
  const open = order.items.filter((line) => line.quantity - line.fulfilledQuantity > 0)
  const [quantities, setQuantities] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((l) => [l.id, l.quantity - l.fulfilledQuantity])),
  )
  const [carrier, setCarrier] = useState('')
  const [trackingNumber, setTrackingNumber] = useState('')
  const [ship, setShip] = useState(true)
  const action = useOrderAction(
    order.id,
    (body: { items: { lineId: string; quantity: number }[]; carrier?: string; trackingNumber?: string; ship: boolean }) =>
      unwrap(api.POST('/admin/orders/{orderId}/fulfillments', { ...path(order.id), body })),
    'Fulfilment recorded',
  )
  if (open.length === 0 || order.status === 'canceled') return null
  function submit(event: FormEvent) {
    event.preventDefault()
    const items = open.map((l) => ({ lineId: l.id, quantity: quantities[l.id] ?? 0 })).filter((i) => i.quantity > 0)
    const errors: Record<string, string> = {}
    if (items.length === 0) errors._ = 'Pick at least one unit to fulfil'
    if (ship && trackingNumber.trim() && !carrier.trim()) errors.carrier = 'Name the carrier of this tracking number'
    action.setErrors(errors)
    if (Object.keys(errors).length === 0)
      action.mutate({
        items,
        ship,
        ...(carrier.trim() && { carrier: carrier.trim() }),
        ...(trackingNumber.trim() && { trackingNumber: trackingNumber.trim() }),
      })
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Fulfil">
      <Stack gap="xs">
        <Title order={4}>Fulfil</Title>
        <FormError message={action.errors._} />
        <Table>
          <Table.Tbody>
            {open.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  {line.title} · {line.variantTitle}
                </Table.Td>
                <Table.Td w={140}>
                  <NumberInput
                    aria-label={`Units of ${line.title} · ${line.variantTitle} to fulfil`}
                    min={0}
                    max={line.quantity - line.fulfilledQuantity}
                    clampBehavior="strict"
                    allowDecimal={false}
                    value={quantities[line.id] ?? 0}
                    onChange={(value) => setQuantities({ ...quantities, [line.id]: typeof value === 'number' ? value : 0 })}
                  />
                </Table.Td>
                <Table.Td>of {line.quantity - line.fulfilledQuantity}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="start">
          <TextInput
            label="Carrier"
            value={carrier}
            onChange={(e) => setCarrier(e.currentTarget.value)}
            error={action.errors.carrier}
            maxLength={100}
            w={200}
          />
          <TextInput
            label="Tracking number"
            value={trackingNumber}
            onChange={(e) => setTrackingNumber(e.currentTarget.value)}
            error={action.errors.trackingNumber}
            maxLength={100}
            w={240}
          />
        </Group>
        <Checkbox label="Shipped now (it left with the carrier)" checked={ship} onChange={(e) => setShip(e.currentTarget.checked)} />
        <Group>
          <Button type="submit" loading={action.isPending}>
            Fulfil
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Cancel before anything shipped: the API releases the stock and voids or refunds the payment. */
export function CancelForm({ order }: { order: Order }) {
  const [reason, setReason] = useState('')
  const action = useOrderAction(
    order.id,
    (body: { reason: string }) => unwrap(api.POST('/admin/orders/{orderId}/cancel', { ...path(order.id), body })),
    'Order canceled',
  )
  // The API refuses to cancel once a parcel has left; the form is not offered then.
  if (order.status === 'canceled' || order.status === 'completed' || order.fulfillments.some((f) => f.shippedAt)) return null
  function submit(event: FormEvent) {
    event.preventDefault()
    if (reason.trim().length === 0) return action.setErrors({ reason: 'Say why, for the order’s timeline' })
    action.mutate({ reason: reason.trim() })
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Cancel order">
      <Stack gap="xs">
        <Title order={4}>Cancel order</Title>
        <FormError message={action.errors._} />
        <Group align="start">
          <TextInput
            label="Cancel reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={action.errors.reason}
            maxLength={500}
            w={320}
          />
          <Button type="submit" color="red.8" mt={24} loading={action.isPending}>
            Cancel order
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The actions the order's state allows; each form starts afresh after any change (its key is the timeline's length). */
export function OrderActions({ order }: { order: Order }) {
  const version = order.history.length
  return (
    <Paper withBorder p="md" component="section" aria-label="Actions">
      <Stack gap="lg">
        <CaptureForm key={`capture-${version}`} order={order} />
        <FulfilForm key={`fulfil-${version}`} order={order} />
        <RefundForm key={`refund-${version}`} order={order} />
        <CancelForm key={`cancel-${version}`} order={order} />
      </Stack>
    </Paper>
  )
}
