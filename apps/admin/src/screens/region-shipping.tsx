import { useState } from 'react'
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import type { Region } from './region-draft'
import { priceText, type ShippingOption } from './region-shipping-draft'
import { ShippingOptionForm } from './region-shipping-form'

/** A region's shipping options: prices in its currency, delivery windows; add, change and remove them. */
export function ShippingOptions({ region }: { region: Region }) {
  const key = ['shipping-options', region.id]
  const options = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/admin/regions/{regionId}/shipping-options', { params: { path: { regionId: region.id } } })),
  })
  // null: the form is closed; 'new': adding one; an option: changing it.
  const [editing, setEditing] = useState<ShippingOption | 'new' | null>(null)
  const [removing, setRemoving] = useState<ShippingOption | null>(null)
  const rows = options.data?.items ?? []

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipping-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4" id="shipping-heading">
            Shipping options
          </Title>
          <Button variant="default" onClick={() => setEditing('new')}>
            Add shipping option
          </Button>
        </Group>
        {options.isError && <Text c="red">{options.error.message}</Text>}
        {/* Focusable, so keyboard users can scroll it sideways on a phone even when it holds no buttons. */}
        <Table.ScrollContainer
          minWidth={640}
          scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': 'shipping-heading' } }}
        >
          <Table striped aria-labelledby="shipping-heading" aria-busy={options.isFetching} data-testid="shipping-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Option</Table.Th>
                <Table.Th>Price ({region.currency})</Table.Th>
                <Table.Th>Delivery</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((option) => (
                <Table.Tr key={option.id}>
                  <Table.Td>
                    {option.name}
                    <Text size="xs" c="dimmed">
                      {option.kind === 'flat' ? 'Flat rate' : 'By weight'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{priceText(option)}</Table.Td>
                  <Table.Td>{option.minDays === option.maxDays ? option.minDays : `${option.minDays}–${option.maxDays}`} days</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" aria-label={`Edit ${option.name}`} onClick={() => setEditing(option)}>
                        Edit
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={`Remove ${option.name}`}
                        onClick={() => setRemoving(option)}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {options.isSuccess && rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>No shipping options: shoppers in this region cannot check out.</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' || editing === null ? 'Add shipping option' : `Edit ${editing.name}`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {editing !== null && (
          <ShippingOptionForm
            key={editing === 'new' ? 'new' : editing.id}
            region={region}
            option={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <RemoveOption region={region} option={removing} onClose={() => setRemoving(null)} />
    </Paper>
  )
}

/** Asks before removing: shoppers stop seeing the option; carts that chose it keep its price. */
function RemoveOption({ region, option, onClose }: { region: Region; option: ShippingOption | null; onClose: () => void }) {
  const queries = useQueryClient()
  const remove = useMutation({
    mutationFn: (optionId: string) =>
      unwrap(api.DELETE('/admin/regions/{regionId}/shipping-options/{optionId}', { params: { path: { regionId: region.id, optionId } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['shipping-options', region.id] })
      notify('green', `${option?.name ?? 'Shipping option'} removed`)
      onClose()
    },
    onError: (error) => notify('red', error.message, 'The shipping option was not removed'),
  })
  return (
    <Modal opened={option !== null} onClose={onClose} title={`Remove ${option?.name ?? ''}?`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text size="sm">
          Shoppers in {region.name} will no longer see it. Carts that chose it already keep its price; orders keep its name.
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={onClose} disabled={remove.isPending}>
            Keep it
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => option && remove.mutate(option.id)}>
            Remove
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
