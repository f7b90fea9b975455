import { AppShell, Burger, Button, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Suspense } from 'react'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import { useCan, useSession, useSignOut, type Permission } from './lib/session'

/** The screens in the menu, each shown only to staff whose role holds its permission. */
const SCREENS: { to: string; label: string; permission: Permission }[] = [
  { to: '/dashboard', label: 'Dashboard', permission: 'orders:read' },
  { to: '/orders', label: 'Orders', permission: 'orders:read' },
  { to: '/customers', label: 'Customers', permission: 'customers:read' },
  { to: '/products', label: 'Products', permission: 'catalog:read' },
  { to: '/categories', label: 'Categories', permission: 'catalog:read' },
  { to: '/collections', label: 'Collections', permission: 'catalog:read' },
  { to: '/inventory', label: 'Inventory', permission: 'catalog:read' },
  { to: '/imports', label: 'Import & export', permission: 'imports:write' },
  { to: '/promotions', label: 'Promotions', permission: 'promotions:read' },
  { to: '/search', label: 'Search', permission: 'catalog:read' },
  { to: '/regions', label: 'Regions & tax', permission: 'settings:write' },
  { to: '/staff', label: 'Staff', permission: 'staff:read' },
  { to: '/api-tokens', label: 'API tokens', permission: 'tokens:write' },
  { to: '/audit-log', label: 'Audit log', permission: 'audit:read' },
]

export function Shell() {
  const session = useSession()
  const can = useCan()
  const signOut = useSignOut()
  const location = useLocation()
  const [opened, { toggle, close }] = useDisclosure()

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
          <Group wrap="nowrap">
            {/* On a phone the header keeps the menu button and Sign out; the name moves into the menu. */}
            <Text size="sm" c="dimmed" data-testid="staff" visibleFrom="sm">
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
          <Text size="sm" c="dimmed" hiddenFrom="sm" px="sm" pb="xs">
            {staff.name} · {staff.role}
          </Text>
          {SCREENS.filter((s) => can(s.permission)).map((screen) => (
            <NavLink
              key={screen.to}
              component={Link}
              to={screen.to}
              label={screen.label}
              variant="filled"
              active={location.pathname.startsWith(screen.to)}
              aria-current={location.pathname.startsWith(screen.to) ? 'page' : undefined}
              onClick={close}
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
