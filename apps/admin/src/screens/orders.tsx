import { useEffect, useState } from 'react'
import { Anchor, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { formatMoney, type ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { StatusBadge } from './status-badge'

const PAGE_SIZE = 50
const option = (value: string) => ({ value, label: value.replace(/_/g, ' ') })
type OrderRow = ResponseBody<'/admin/orders', 'get'>['items'][number]
type Status = OrderRow['status']
type Fulfilment = OrderRow['fulfillmentStatus']
// Checked against the API's types: a status the API drops or renames fails the build here.
const STATUSES = ['pending', 'confirmed', 'completed', 'canceled'] as const satisfies readonly Status[]
const PAYMENT = ['requires_action', 'authorized', 'partially_captured', 'captured', 'partially_refunded', 'refunded', 'voided', 'failed']
const FULFILMENT = [
  'not_fulfilled',
  'partially_fulfilled',
  'fulfilled',
  'partially_shipped',
  'shipped',
  'partially_delivered',
  'delivered',
  'canceled',
] as const satisfies readonly Fulfilment[]

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

/** Orders, newest first, a page at a time; status, payment, fulfilment, email and number filters in the URL. */
export function OrdersScreen() {
  const filters = useUrlFilters()
  const status = oneOf(STATUSES, filters.get('status'))
  const paymentStatus = oneOf(PAYMENT, filters.get('paymentStatus'))
  const fulfillmentStatus = oneOf<Fulfilment>(FULFILMENT, filters.get('fulfillmentStatus'))
  const email = filters.get('email')
  const numberText = filters.get('number')
  const number = numberText && /^\d{1,9}$/.test(numberText) ? Number(numberText) : undefined
  const cursor = filters.get('cursor')

  const [emailText, setEmailText] = useState(email ?? '')
  const [typed] = useDebouncedValue(emailText.trim(), 300)
  useEffect(() => {
    if (typed !== (email ?? '')) filters.set('email', typed, { replace: true })
  }, [typed]) // only when the typed text settles

  const list = useQuery({
    queryKey: ['orders', { status, paymentStatus, fulfillmentStatus, email, number, cursor }],
    queryFn: () =>
      unwrap(
        api.GET('/admin/orders', {
          params: {
            query: { limit: PAGE_SIZE, status, paymentStatus, fulfillmentStatus, email, number, cursor },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  })

  return (
    <Stack>
      <Title order={2}>Orders</Title>
      <Group align="end" wrap="wrap">
        <TextInput
          label="Order number"
          value={numberText ?? ''}
          onChange={(e) => filters.set('number', e.currentTarget.value.replace(/\D/g, ''), { replace: true })}
          w={140}
          inputMode="numeric"
        />
        <TextInput label="Email" value={emailText} onChange={(e) => setEmailText(e.currentTarget.value)} w={240} />
        <Select
          label="Status"
          placeholder="Any"
          data={STATUSES.map(option)}
          value={status ?? null}
          onChange={(v) => filters.set('status', v)}
          clearable
          w={160}
        />
        <Select
          label="Payment"
          placeholder="Any"
          data={PAYMENT.map(option)}
          value={paymentStatus ?? null}
          onChange={(v) => filters.set('paymentStatus', v)}
          clearable
          w={200}
        />
        <Select
          label="Fulfilment"
          placeholder="Any"
          data={FULFILMENT.map(option)}
          value={fulfillmentStatus ?? null}
          onChange={(v) => filters.set('fulfillmentStatus', v)}
          clearable
          w={200}
        />
      </Group>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="orders-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th>Placed</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Payment</Table.Th>
              <Table.Th>Fulfilment</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.items ?? []).map((order) => (
              <Table.Tr key={order.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orders/${order.id}`}>
                    #{order.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{new Date(order.placedAt).toLocaleString()}</Table.Td>
                <Table.Td>{order.email ?? '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={order.status} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={order.paymentStatus} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={order.fulfillmentStatus} />
                </Table.Td>
                <Table.Td ta="right">{formatMoney(order.total, order.currency)}</Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && list.data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>No orders match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
    </Stack>
  )
}
