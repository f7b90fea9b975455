import { useEffect, useState, type FormEvent } from 'react'
import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, ApiProblem, unwrap } from '../lib/api'
import { useCan, useSession } from '../lib/session'
import { useRoles, type PermissionName as Scope } from './staff-roles'

export type CreatedToken = ResponseBody<'/admin/api-tokens', 'post'>

// The API's rules for a token (CreateTokenBody): checked here before sending.
const NAME_MAX = 100

/**
 * Issues a token with a name and some of the creator's own permissions (the API refuses any other).
 * The answer, with the secret, goes to `onCreated` to be shown once.
 */
export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const queries = useQueryClient()
  const can = useCan()
  const held = useSession().data?.staff.permissions ?? []
  const descriptions = new Map(useRoles(can('staff:read')).data?.permissions.map((p) => [p.name as string, p.description]))
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<string[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})

  const create = useMutation({
    mutationFn: (body: { name: string; scopes: Scope[] }) => unwrap(api.POST('/admin/api-tokens', { body })),
    onMutate: () => setErrors({}),
    onSuccess: (token) => {
      setName('')
      setScopes([])
      void queries.invalidateQueries({ queryKey: ['api-tokens'] })
      onCreated(token)
    },
    onError: (error) => {
      const fields = error instanceof ApiProblem ? error.fieldErrors() : {}
      // A refused scope comes back at /body/scopes/<n>: shown on the group.
      const scopeError = Object.entries(fields).find(([field]) => field.startsWith('scopes'))?.[1]
      setErrors({ ...fields, ...(scopeError && { scopes: scopeError }), _: error.message })
    },
  })

  // The answer holds the secret: the dialog has it now, the form keeps no copy.
  useEffect(() => {
    if (create.isSuccess) create.reset()
  }, [create.isSuccess]) // once per created token

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (name.trim().length === 0) found.name = 'Name the token after what will use it'
    else if (name.trim().length > NAME_MAX) found.name = `At most ${NAME_MAX} characters`
    if (scopes.length === 0) found.scopes = 'Choose at least one permission'
    setErrors(found)
    if (Object.keys(found).length === 0) create.mutate({ name: name.trim(), scopes: scopes as Scope[] })
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-token-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h5" id="new-token-heading">
            Create a token
          </Title>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <TextInput
            label="Name"
            description="What will use it, e.g. “ERP stock sync”"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maw={420}
            required
          />
          <Checkbox.Group
            label="Permissions"
            description="Only what the integration needs; you can give no more than your own role holds"
            value={scopes}
            onChange={setScopes}
            error={errors.scopes}
            required
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
              {held.map((permission) => (
                <Checkbox key={permission} value={permission} label={permission} description={descriptions.get(permission)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
