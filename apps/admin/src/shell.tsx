import { AppShell, Burger, Button, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Suspense } from 'react'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import { useCan, useSession, useSignOut, type Permission } from './lib/session'

/** The screens in the menu, each shown only to staff whose role holds its permission. */
const SCREENS: { to: string; label: string; permission: Permission }[] = [
  { to: '/dashboard', label: 'Dashboard', permission: 'orders:read' },
  { to: '/orders', label: 'Orders', permission: 'orders:read' },
  { to: '/products', label: 'Products', permission: 'catalog:read' },
]

export function Shell() {
  const session = useSession()
  const can = useCan()
  const signOut = useSignOut()
  const location = useLocation()
  const [opened, { toggle }] = useDisclosure()

  if (session.isPending)
    return (
      <Group justify="center" mt="xl">
        <Loader aria-label="Loading" />
      </Group>
    )
  if (!session.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  const { staff } = session.data

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={1} size="h4">
              shopstack admin
            </Title>
          </Group>
          <Group>
            <Text size="sm" c="dimmed" data-testid="staff">
              {staff.name} · {staff.role}
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens" component="nav">
        <Stack gap={2}>
          {SCREENS.filter((s) => can(s.permission)).map((screen) => (
            <NavLink
              key={screen.to}
              component={Link}
              to={screen.to}
              label={screen.label}
              variant="filled"
              active={location.pathname.startsWith(screen.to)}
              aria-current={location.pathname.startsWith(screen.to) ? 'page' : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Group justify="center" mt="xl">
              <Loader aria-label="Loading" />
            </Group>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
