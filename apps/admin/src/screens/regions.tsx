import { useState, type FormEvent } from 'react'
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { api, ApiProblem, unwrap } from '../lib/api'
import { formatPercent } from '../lib/basis-points'
import { notify } from '../lib/notify'
import { checkRegion, emptyRegionDraft, regionBodyOf, type RegionDraft } from './region-draft'
import { RegionFields } from './region-fields'

/** Where the shop sells: each region's currency, countries and tax setting, and a new region. */
export function RegionsScreen() {
  const regions = useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/admin/regions')) })
  const [creating, setCreating] = useState(false)
  const rows = regions.data?.items ?? []

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Regions &amp; tax</Title>
        {!creating && <Button onClick={() => setCreating(true)}>New region</Button>}
      </Group>
      {creating && <NewRegion onClose={() => setCreating(false)} />}
      {regions.isError && <Text c="red">{regions.error.message}</Text>}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover aria-busy={regions.isFetching} data-testid="regions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Region</Table.Th>
              <Table.Th>Currency</Table.Th>
              <Table.Th>Countries</Table.Th>
              <Table.Th>Tax</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((region) => (
              <Table.Tr key={region.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/regions/${region.id}`}>
                    {region.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {region.handle}
                  </Text>
                </Table.Td>
                <Table.Td>{region.currency}</Table.Td>
                <Table.Td>{region.countries.join(', ')}</Table.Td>
                <Table.Td>
                  {formatPercent(region.taxRates.standard)} standard · {formatPercent(region.taxRates.reduced)} reduced
                  <Text size="xs" c="dimmed">
                    {region.pricesIncludeTax ? 'Included in prices' : 'Added on top'}
                    {region.taxOverrides.length > 0 &&
                      ` · ${region.taxOverrides.length} country ${region.taxOverrides.length === 1 ? 'rate' : 'rates'}`}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {regions.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>No regions yet: shoppers cannot check out until there is one.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

function NewRegion({ onClose }: { onClose: () => void }) {
  const queries = useQueryClient()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<RegionDraft>(emptyRegionDraft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useMutation({
    mutationFn: (next: RegionDraft) => unwrap(api.POST('/admin/regions', { body: regionBodyOf(next) })),
    onMutate: () => setErrors({}),
    onSuccess: (region) => {
      queries.setQueryData(['region', region.id], region)
      void queries.invalidateQueries({ queryKey: ['regions'] })
      notify('green', `Region ${region.name} created`)
      void navigate(`/regions/${region.id}`)
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = checkRegion(draft, true)
    setErrors(found)
    if (Object.keys(found).length === 0) create.mutate(draft)
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-region">
      <form onSubmit={submit} noValidate aria-labelledby="new-region">
        <Stack>
          <Title order={3} size="h4" id="new-region">
            New region
          </Title>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <RegionFields draft={draft} onChange={setDraft} errors={errors} creating />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Create region
            </Button>
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
