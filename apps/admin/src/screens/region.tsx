import { useState, type FormEvent } from 'react'
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { checkRegion, regionBodyOf, regionDraftOf, type Region, type RegionDraft } from './region-draft'
import { RegionFields } from './region-fields'
import { ShippingOptions } from './region-shipping'

/** One region: its name, countries and tax (rates per class, per-country rates, inclusive or not), and its shipping options. */
export function RegionScreen() {
  const { regionId = '' } = useParams()
  const region = useQuery({
    queryKey: ['region', regionId],
    queryFn: () => unwrap(api.GET('/admin/regions/{regionId}', { params: { path: { regionId } } })),
  })
  if (region.isPending) return <Text>Loading…</Text>
  if (region.isError) return <Alert color="red">{region.error.message}</Alert>
  const r = region.data
  return (
    <Stack>
      <Anchor component={Link} to="/regions" size="sm">
        ← Regions
      </Anchor>
      <Group>
        <Title order={2}>{r.name}</Title>
        <Badge color="#495057">{r.currency}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {r.handle} · prices and carts in {r.currency}
      </Text>
      {/* Keyed by the stored region: after a save the form starts from what the API kept. */}
      <RegionForm key={JSON.stringify(r)} region={r} />
      <ShippingOptions region={r} />
    </Stack>
  )
}

function RegionForm({ region }: { region: Region }) {
  const queries = useQueryClient()
  const [draft, setDraft] = useState<RegionDraft>(() => regionDraftOf(region))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useMutation({
    mutationFn: (next: RegionDraft) => {
      // Handle and currency stay as they are: prices, carts and shipping amounts are in this currency.
      const { handle: _handle, currency: _currency, ...body } = regionBodyOf(next)
      return unwrap(api.PATCH('/admin/regions/{regionId}', { params: { path: { regionId: region.id } }, body }))
    },
    onMutate: () => setErrors({}),
    onSuccess: (saved) => {
      queries.setQueryData(['region', region.id], saved)
      void queries.invalidateQueries({ queryKey: ['regions'] })
      notify('green', 'Region saved')
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = checkRegion(draft, false)
    setErrors(found)
    if (Object.keys(found).length === 0) save.mutate(draft)
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="region-settings">
      <form onSubmit={submit} noValidate aria-labelledby="region-settings">
        <Stack>
          <Title order={3} size="h4" id="region-settings">
            Countries and tax
          </Title>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <RegionFields draft={draft} onChange={setDraft} errors={errors} creating={false} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save region
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
