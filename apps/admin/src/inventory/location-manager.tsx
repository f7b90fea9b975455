import { useState, type FormEvent } from 'react'
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan } from '../lib/session'
import { useLocations } from './locations'

/** The shop's locations; staff who manage settings add new ones here. */
export function LocationManager() {
  const can = useCan()
  const locations = useLocations()
  const queries = useQueryClient()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const add = useMutation({
    mutationFn: (locationName: string) => unwrap(api.POST('/admin/stock-locations', { body: { name: locationName } })),
    onSuccess: (location) => {
      notify('green', `${location.name} added`)
      setName('')
      void queries.invalidateQueries({ queryKey: ['stock-locations'] })
    },
    onError: (e) => setError(e instanceof ApiProblem ? (e.fieldErrors().name ?? e.message) : e.message),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = name.trim()
    const problem = trimmed === '' ? 'Name the location' : trimmed.length > 100 ? 'At most 100 characters' : undefined
    setError(problem)
    if (!problem) add.mutate(trimmed)
  }

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {(locations.data?.items ?? []).map((l) => (
          <Badge key={l.id} variant={l.isDefault ? 'filled' : 'light'} color={l.isDefault ? 'blue' : 'dark'} tt="none">
            {l.name}
            {l.isDefault ? ' · online orders' : ''}
          </Badge>
        ))}
      </Group>
      {can('settings:write') && (
        <form onSubmit={submit} noValidate>
          <Group align="end">
            <TextInput label="New location" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} w={260} />
            <Button type="submit" variant="default" loading={add.isPending}>
              Add location
            </Button>
          </Group>
        </form>
      )}
      <Text size="xs" c="dimmed">
        Online orders reserve and ship from the default location; stock at other locations is counted here, not offered online.
      </Text>
    </Stack>
  )
}
