import type { ReactNode } from 'react'
import { Alert } from '@mantine/core'
import { useCan, type Permission } from './lib/session'

/** A screen the staff member's role does not allow: said plainly, nothing asked of the API. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan()
  if (!can(permission))
    return (
      <Alert color="red" title="Not allowed" role="alert">
        Your role does not include this screen ({permission}). Ask the shop's owner if you need it.
      </Alert>
    )
  return children
}
