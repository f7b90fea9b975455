import { Anchor, Table, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { formatMoney } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { StatusBadge } from './status-badge'

const PAGE_SIZE = 20

/** The orders placed from a customer's account, newest first; the page is in the URL. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const filters = useUrlFilters()
  const cursor = filters.get('cursor')
  const list = useQuery({
    queryKey: ['orders', { customerId, cursor }],
    queryFn: () => unwrap(api.GET('/admin/orders', { params: { query: { limit: PAGE_SIZE, customerId, cursor } } })),
    placeholderData: keepPreviousData,
  })
  const rows = list.data?.items ?? []
  return (
    <>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-busy={list.isFetching} data-testid="customer-orders">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th>Placed</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Payment</Table.Th>
              <Table.Th>Fulfilment</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((order) => (
              <Table.Tr key={order.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orders/${order.id}`} size="sm">
                    #{order.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{new Date(order.placedAt).toLocaleString()}</Table.Td>
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
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>No orders from this account yet.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(cursor || list.data?.nextCursor) && (
        <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
      )}
    </>
  )
}
