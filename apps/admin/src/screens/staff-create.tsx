import { useState, type FormEvent } from 'react'
import { Alert, Button, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { ROLE_OPTIONS, roleLabel, type Role } from './staff-roles'

// The API's rules for a new staff member (CreateStaffBody): checked here before sending.
const LIMITS = { name: 200, email: 254, passwordMin: 10, passwordMax: 200 } as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

interface Draft {
  name: string
  email: string
  role: Role | null
  password: string
}
const EMPTY: Draft = { name: '', email: '', role: null, password: '' }

function check(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {}
  const name = draft.name.trim()
  const email = draft.email.trim()
  if (name.length === 0) errors.name = 'Enter their name'
  else if (name.length > LIMITS.name) errors.name = `At most ${LIMITS.name} characters`
  if (!EMAIL.test(email)) errors.email = 'Enter an email address, like name@example.com'
  else if (email.length > LIMITS.email) errors.email = `At most ${LIMITS.email} characters`
  if (!draft.role) errors.role = 'Choose their role'
  if (draft.password.length < LIMITS.passwordMin) errors.password = `At least ${LIMITS.passwordMin} characters`
  else if (draft.password.length > LIMITS.passwordMax) errors.password = `At most ${LIMITS.passwordMax} characters`
  return errors
}

/** Adds a staff member with a role and a first password, which they sign in with. */
export function CreateStaffForm() {
  const queries = useQueryClient()
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useMutation({
    mutationFn: (body: { name: string; email: string; role: Role; password: string }) => unwrap(api.POST('/admin/staff', { body })),
    onMutate: () => setErrors({}),
    onSuccess: (staff) => {
      setDraft(EMPTY)
      void queries.invalidateQueries({ queryKey: ['staff'] })
      notify('green', `${staff.name} was added and can sign in as ${roleLabel(staff.role)}`)
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = check(draft)
    setErrors(found)
    if (Object.keys(found).length === 0)
      create.mutate({ name: draft.name.trim(), email: draft.email.trim(), role: draft.role!, password: draft.password })
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-staff-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h5" id="add-staff-heading">
            Add a staff member
          </Title>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Name"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              error={errors.name}
              autoComplete="off"
              required
            />
            <TextInput
              label="Email"
              type="email"
              value={draft.email}
              onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
              error={errors.email}
              autoComplete="off"
              required
            />
            <Select
              label="Role"
              placeholder="Choose a role"
              data={ROLE_OPTIONS}
              value={draft.role}
              onChange={(value) => setDraft({ ...draft, role: value as Role | null })}
              error={errors.role}
              required
            />
            <PasswordInput
              label="First password"
              description={`At least ${LIMITS.passwordMin} characters; give it to them privately`}
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
              error={errors.password}
              autoComplete="new-password"
              required
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              Add staff member
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
