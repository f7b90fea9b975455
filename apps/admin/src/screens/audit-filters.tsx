import { useEffect, useState } from 'react'
import { Autocomplete, Group, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { useUrlFilters } from '../lib/url-filters'
import type { StaffName } from '../lib/staff-names'

// The API's limit on each audit-log filter.
const FILTER_MAX = 100

// Suggestions only: the action filter takes any name, as routes add actions of their own.
const ACTIONS = [
  'api_token.create',
  'api_token.revoke',
  'staff.create',
  'staff.update',
  'customer.list',
  'customer.read',
  'customer.addresses.read',
  'customer.consents.read',
  'customer.export',
  'customer.erase',
  'order.read',
  'order.capture',
  'order.refund',
  'order.cancel',
  'order.fulfill',
  'order.ship',
  'product.create',
  'product.update',
  'products.import',
  'inventory.adjust',
  'promotion.create',
  'promotion.update',
  'region.create',
  'region.update',
]
const TARGET_TYPES = ['api_token', 'staff', 'customer', 'order', 'product', 'category', 'collection', 'promotion', 'region', 'import']

type Filters = ReturnType<typeof useUrlFilters>

/** A typed filter: the URL follows once typing pauses, as one history entry. */
function useTypedFilter(filters: Filters, name: string) {
  const current = filters.get(name) ?? ''
  const [text, setText] = useState(current)
  const [typed] = useDebouncedValue(text.trim(), 300)
  useEffect(() => {
    if (typed !== current) filters.set(name, typed, { replace: true })
  }, [typed]) // only when the typed text settles
  return [text, setText] as const
}

/** The filters the audit log API takes (actor, action, target type and id), kept in the URL. */
export function AuditFilters({ filters, staff }: { filters: Filters; staff: Map<string, StaffName> }) {
  const [action, setAction] = useTypedFilter(filters, 'action')
  const [targetType, setTargetType] = useTypedFilter(filters, 'targetType')
  const [targetId, setTargetId] = useTypedFilter(filters, 'targetId')
  const [actorText, setActorText] = useTypedFilter(filters, 'actorId')
  const actorId = filters.get('actorId')

  const actors = [...staff].map(([id, s]) => ({ value: id, label: `${s.name} (${s.email})` }))
  // An actor the list does not hold (a customer, a staff member past the first pages) still shows.
  if (actorId && !staff.has(actorId)) actors.push({ value: actorId, label: actorId })

  return (
    <Group align="end" wrap="wrap">
      {staff.size > 0 ? (
        <Select
          label="Actor"
          placeholder="Anyone"
          data={actors}
          value={actorId ?? null}
          onChange={(value) => {
            setActorText(value ?? '')
            filters.set('actorId', value)
          }}
          searchable
          clearable
          w={280}
        />
      ) : (
        <TextInput
          label="Actor id"
          placeholder="staff_…"
          value={actorText}
          onChange={(e) => setActorText(e.currentTarget.value)}
          maxLength={FILTER_MAX}
          w={220}
        />
      )}
      <Autocomplete
        label="Action"
        placeholder="Any, e.g. staff.create"
        data={ACTIONS}
        value={action}
        onChange={setAction}
        maxLength={FILTER_MAX}
        w={220}
      />
      <Autocomplete
        label="Target type"
        placeholder="Any"
        data={TARGET_TYPES}
        value={targetType}
        onChange={setTargetType}
        maxLength={FILTER_MAX}
        w={180}
      />
      <TextInput
        label="Target id"
        placeholder="e.g. cus_…"
        value={targetId}
        onChange={(e) => setTargetId(e.currentTarget.value)}
        maxLength={FILTER_MAX}
        w={240}
      />
    </Group>
  )
}
