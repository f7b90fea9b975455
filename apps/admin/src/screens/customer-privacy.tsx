import { useState, type FormEvent } from 'react'
import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { downloadJson, type Customer, type Erasure } from './customer-format'

const path = (customerId: string) => ({ params: { path: { customerId } } })

/** Downloads everything the shop holds about the customer, to answer an access request (the API records who did). */
export function ExportButton({ customer }: { customer: Customer }) {
  const exporting = useMutation({
    mutationFn: () => unwrap(api.GET('/admin/customers/{customerId}/export', path(customer.id))),
    onSuccess: (file) => {
      // The API's own file name for the same export.
      downloadJson(`shopstack-export-${customer.id}.json`, file)
      notify('green', 'The export was downloaded')
    },
    onError: (error) => notify('red', `The export failed: ${error.message}`),
  })
  return (
    <Button variant="default" onClick={() => exporting.mutate()} loading={exporting.isPending}>
      Export personal data (JSON)
    </Button>
  )
}

/**
 * Erases the customer's personal data, to answer an erasure request. Irreversible, so staff type
 * the customer's email to confirm; the API's answer (what was erased) goes to `onErased`.
 */
export function EraseCustomer({ customer, onErased }: { customer: Customer; onErased: (erasure: Erasure) => void }) {
  const queries = useQueryClient()
  const [opened, { open, close }] = useDisclosure(false)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string>()
  const erase = useMutation({
    mutationFn: () => unwrap(api.DELETE('/admin/customers/{customerId}', path(customer.id))),
    onMutate: () => setError(undefined),
    onSuccess: (erasure) => {
      close()
      queries.removeQueries({ queryKey: ['customer', customer.id] })
      void queries.invalidateQueries({ queryKey: ['customers'] })
      void queries.invalidateQueries({ queryKey: ['orders'] })
      notify('green', 'The customer’s personal data was erased')
      onErased(erasure)
    },
    onError: (failure) => setError(failure.message),
  })
  const confirmed = typed.trim().toLowerCase() === customer.email.toLowerCase()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!confirmed) return setError('Type the customer’s email exactly, to confirm')
    erase.mutate()
  }

  return (
    <>
      <Button
        color="red.8"
        onClick={() => {
          setTyped('')
          setError(undefined)
          open()
        }}
      >
        Erase personal data…
      </Button>
      <Modal opened={opened} onClose={close} title="Erase this customer’s personal data?" closeButtonProps={{ 'aria-label': 'Close' }}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              This cannot be undone. The account, its addresses, consents and carts are deleted; its orders are kept for the accounts, with
              the name, email and addresses removed.
            </Text>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label="Customer’s email, to confirm"
              description={`Type ${customer.email}`}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={erase.isPending}>
                Keep the customer
              </Button>
              <Button type="submit" color="red.8" disabled={!confirmed} loading={erase.isPending}>
                Erase
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}

const COUNTS: { key: keyof Omit<Erasure, 'customerId' | 'erasedAt'>; label: string }[] = [
  { key: 'addressesDeleted', label: 'Addresses deleted' },
  { key: 'consentsDeleted', label: 'Consent decisions deleted' },
  { key: 'cartsDeleted', label: 'Carts deleted' },
  { key: 'ordersAnonymized', label: 'Orders anonymised (kept for the accounts)' },
  { key: 'promotionUsesUnlinked', label: 'Promotion uses unlinked' },
  { key: 'eventsDeleted', label: 'Events deleted' },
  { key: 'eventsScrubbed', label: 'Events scrubbed' },
  { key: 'idempotencyKeysDeleted', label: 'Stored request answers deleted' },
  { key: 'mailDeleted', label: 'Mails deleted' },
]

/** What the erasure did, as the API reported it; the customer is gone, so this replaces their screen. */
export function ErasureResult({ erasure }: { erasure: Erasure }) {
  return (
    <Stack maw={640}>
      <Anchor component={Link} to="/customers" size="sm">
        ← Customers
      </Anchor>
      <Title order={2}>Customer erased</Title>
      <Alert color="#1b5e20" title="Personal data erased" data-testid="erasure">
        The personal data of {erasure.customerId} was erased on {new Date(erasure.erasedAt).toLocaleString()}. The audit log records who did
        it.
      </Alert>
      <Table data-testid="erasure-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What</Table.Th>
            <Table.Th ta="right">Count</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COUNTS.map(({ key, label }) => (
            <Table.Tr key={key}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">{erasure[key]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
