import { useState } from 'react'
import { Alert, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api'
import { useCan } from '../lib/session'
import { CursorPager } from '../cursor-pager'
import { AdjustForm } from './adjust-form'
import { useLocations } from './locations'
import { actorLabel, useStaffNames } from '../lib/staff-names'

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

/** One variant's stock at every location, the form to adjust it, and every movement, newest first. */
export function VariantStock({ variantId }: { variantId: string }) {
  const can = useCan()
  const [cursor, setCursor] = useState<string | undefined>()
  const locations = useLocations()
  const names = useStaffNames()
  const stock = useQuery({
    queryKey: ['stock', variantId, cursor],
    queryFn: () =>
      unwrap(api.GET('/admin/inventory/{variantId}', { params: { path: { variantId }, query: { limit: 20, ...(cursor && { cursor }) } } })),
    placeholderData: keepPreviousData,
  })
  const nameOf = (id: string) => locations.data?.items.find((l) => l.id === id)?.name ?? id

  if (stock.isError) return <Alert color="red">{stock.error.message}</Alert>
  if (!stock.data) return <Text>Loading…</Text>
  const { levels, movements } = stock.data

  return (
    <Stack>
      <Table data-testid="stock-levels">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Location</Table.Th>
            <Table.Th>On hand</Table.Th>
            <Table.Th>Reserved</Table.Th>
            <Table.Th>Available</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level) => (
            <Table.Tr key={level.locationId}>
              <Table.Td>{level.locationName}</Table.Td>
              <Table.Td>{level.onHand}</Table.Td>
              <Table.Td>{level.reserved}</Table.Td>
              <Table.Td>{level.available}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {can('catalog:write') && (
        <>
          <Title order={3} size="h5">
            Adjust
          </Title>
          <AdjustForm variantId={variantId} />
        </>
      )}
      <Title order={3} size="h5">
        History
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="stock-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>On hand</Table.Th>
              <Table.Th>Reserved</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>By / for</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {movements.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{new Date(m.at).toLocaleString()}</Table.Td>
                <Table.Td>{nameOf(m.locationId)}</Table.Td>
                <Table.Td>{m.onHandDelta === 0 ? '' : signed(m.onHandDelta)}</Table.Td>
                <Table.Td>{m.reservedDelta === 0 ? '' : signed(m.reservedDelta)}</Table.Td>
                <Table.Td>
                  {m.reason}
                  {m.note && (
                    <Text size="xs" c="dimmed">
                      {m.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.reference ?? actorLabel(m.actor, names)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={movements.nextCursor} onCursor={(next) => setCursor(next ?? undefined)} />
    </Stack>
  )
}
