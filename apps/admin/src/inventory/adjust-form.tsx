import { useState, type FormEvent } from 'react'
import { Alert, Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useLocations } from './locations'

const REASONS = [
  { value: 'received', label: 'Received (a delivery came in)' },
  { value: 'correction', label: 'Correction (a count was wrong)' },
  { value: 'damaged', label: 'Damaged' },
  { value: 'lost', label: 'Lost or stolen' },
  { value: 'returned', label: 'Returned (outside an order return)' },
] as const
type Reason = (typeof REASONS)[number]['value']

// The API's rules (AdjustmentBody in modules/inventory/routes.ts).
const MAX_DELTA = 1_000_000
const MAX_NOTE = 500

/** Adds or removes units of one variant at one location, with the reason the history will show. */
export function AdjustForm({ variantId, onDone }: { variantId: string; onDone?: () => void }) {
  const locations = useLocations()
  const queries = useQueryClient()
  const [locationId, setLocationId] = useState<string | null>(null)
  const [change, setChange] = useState('')
  const [reason, setReason] = useState<Reason>('received')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const chosen = locationId ?? locations.data?.items[0]?.id ?? null

  const adjust = useMutation({
    mutationFn: (body: { delta: number; locationId: string }) =>
      unwrap(api.POST('/admin/inventory/adjustments', { body: { variantId, reason, ...(note.trim() && { note: note.trim() }), ...body } })),
    onSuccess: (level) => {
      notify('green', `Now ${level.onHand} on hand, ${level.available} available`)
      setChange('')
      setNote('')
      void queries.invalidateQueries({ queryKey: ['stock', variantId] })
      void queries.invalidateQueries({ queryKey: ['inventory'] })
      onDone?.()
    },
    onError: (error) => {
      const fields = error instanceof ApiProblem ? error.fieldErrors() : {}
      setErrors({ ...fields, _: error.message })
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: Record<string, string> = {}
    const text = change.trim().replace(/^\+/, '')
    const delta = /^-?\d{1,7}$/.test(text) ? Number(text) : NaN
    if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > MAX_DELTA)
      found.delta = 'A whole number of units to add (12) or remove (-3), not 0'
    if (note.length > MAX_NOTE) found.note = `At most ${MAX_NOTE} characters`
    if (!chosen) found.locationId = 'Choose a location'
    setErrors(found)
    if (Object.keys(found).length === 0) adjust.mutate({ delta, locationId: chosen! })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors._ && (
          <Alert color="red" role="alert">
            {errors._}
          </Alert>
        )}
        <Group grow align="start" wrap="wrap">
          <Select
            label="Location"
            data={(locations.data?.items ?? []).map((l) => ({ value: l.id, label: l.isDefault ? `${l.name} (online orders)` : l.name }))}
            value={chosen}
            onChange={setLocationId}
            error={errors.locationId}
            allowDeselect={false}
          />
          <TextInput
            label="Change"
            description="Units to add, or minus units to remove"
            value={change}
            onChange={(e) => setChange(e.currentTarget.value)}
            error={errors.delta}
            inputMode="numeric"
            placeholder="+12 or -3"
          />
        </Group>
        <Select
          label="Reason"
          data={REASONS.map((r) => ({ ...r }))}
          value={reason}
          onChange={(value) => value && setReason(value as Reason)}
          allowDeselect={false}
        />
        <Textarea label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} autosize minRows={1} />
        <Group>
          <Button type="submit" loading={adjust.isPending}>
            Adjust stock
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
