import { useState, type FormEvent } from 'react'
import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useLocation, useNavigate } from 'react-router'
import { api, ApiProblem, unwrap } from '../lib/api'
import { SESSION_KEY } from '../lib/session'

// The API's rules for this form (StaffLoginBody): checked here first, so a typo is caught at once.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function LoginScreen() {
  const navigate = useNavigate()
  const location = useLocation()
  const queries = useQueryClient()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({})
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = {
      email: EMAIL.test(email.trim()) ? undefined : 'Enter an email address, like name@example.com',
      password: password.length > 0 && password.length <= 200 ? undefined : 'Enter your password',
    }
    setErrors(found)
    if (found.email || found.password) return
    setPending(true)
    try {
      const session = await unwrap(api.POST('/admin/auth/login', { body: { email: email.trim(), password } }))
      queries.setQueryData(SESSION_KEY, session)
      const from = (location.state as { from?: string } | null)?.from
      navigate(from && from !== '/login' ? from : '/', { replace: true })
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : null
      setErrors({ ...problem?.fieldErrors(), form: problem?.message ?? 'The API could not be reached. Try again.' })
    } finally {
      setPending(false)
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              Sign in to shopstack
            </Title>
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
              required
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              required
            />
            <Button type="submit" loading={pending}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
