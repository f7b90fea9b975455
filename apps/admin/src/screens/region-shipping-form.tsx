import { useState, type FormEvent } from 'react'
import { ActionIcon, Alert, Button, Group, Radio, Stack, Table, TextInput, VisuallyHidden } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import type { Region } from './region-draft'
import {
  checkShipping,
  emptyShippingDraft,
  shippingBodyOf,
  shippingDraftOf,
  tierKey,
  type ShippingDraft,
  type ShippingOption,
} from './region-shipping-draft'

/** A shipping option's terms, new or changed: a flat rate or weight tiers, free above a subtotal, a delivery window. */
export function ShippingOptionForm({ region, option, onDone }: { region: Region; option?: ShippingOption; onDone: () => void }) {
  const queries = useQueryClient()
  const currency = region.currency
  const [draft, setDraft] = useState<ShippingDraft>(() => (option ? shippingDraftOf(option) : emptyShippingDraft()))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof ShippingDraft>(field: K, value: ShippingDraft[K]) => setDraft((d) => ({ ...d, [field]: value }))
  const setTier = (index: number, patch: Partial<ShippingDraft['tiers'][number]>) =>
    set(
      'tiers',
      draft.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)),
    )

  const save = useMutation({
    mutationFn: (next: ShippingDraft) => {
      const body = shippingBodyOf(next, currency)
      return option
        ? unwrap(
            api.PATCH('/admin/regions/{regionId}/shipping-options/{optionId}', {
              params: { path: { regionId: region.id, optionId: option.id } },
              body,
            }),
          )
        : unwrap(api.POST('/admin/regions/{regionId}/shipping-options', { params: { path: { regionId: region.id } }, body }))
    },
    onMutate: () => setErrors({}),
    onSuccess: (saved) => {
      void queries.invalidateQueries({ queryKey: ['shipping-options', region.id] })
      notify('green', option ? `${saved.name} saved` : `${saved.name} added`)
      onDone()
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = checkShipping(draft, currency)
    setErrors(found)
    if (Object.keys(found).length === 0) save.mutate(draft)
  }

  return (
    <form onSubmit={submit} noValidate aria-label={option ? `Edit ${option.name}` : 'Add shipping option'}>
      <Stack>
        {errors._ && (
          <Alert color="red" role="alert">
            {errors._}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="Shoppers choose by this name"
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={100}
          data-autofocus
        />
        <Radio.Group label="Price" value={draft.kind} onChange={(v) => set('kind', v as ShippingDraft['kind'])}>
          <Group mt={4}>
            <Radio value="flat" label="Flat rate" />
            <Radio value="weight" label="By parcel weight" />
          </Group>
        </Radio.Group>
        {draft.kind === 'flat' ? (
          <TextInput
            label={`Rate (${currency})`}
            value={draft.amount}
            onChange={(e) => set('amount', e.currentTarget.value)}
            error={errors.amount}
            inputMode="decimal"
            required
            w={200}
          />
        ) : (
          <Stack gap="xs">
            <Table aria-label="Weight tiers" data-testid="weight-tiers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Up to (grams)</Table.Th>
                  <Table.Th>Rate ({currency})</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {draft.tiers.map((tier, i) => (
                  <Table.Tr key={tier.key}>
                    <Table.Td>
                      <TextInput
                        aria-label={`Tier ${i + 1} up to grams`}
                        placeholder="No limit"
                        value={tier.upToGrams}
                        onChange={(e) => setTier(i, { upToGrams: e.currentTarget.value })}
                        error={errors[`tiers.${i}.upToGrams`]}
                        inputMode="numeric"
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Tier ${i + 1} rate (${currency})`}
                        value={tier.amount}
                        onChange={(e) => setTier(i, { amount: e.currentTarget.value })}
                        error={errors[`tiers.${i}.amount`]}
                        inputMode="decimal"
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={`Remove tier ${i + 1}`}
                        disabled={draft.tiers.length === 1}
                        onClick={() =>
                          set(
                            'tiers',
                            draft.tiers.filter((_, j) => j !== i),
                          )
                        }
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {errors.tiers && (
              <Alert color="red" role="alert" p="xs">
                {errors.tiers}
              </Alert>
            )}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() => set('tiers', [...draft.tiers, { key: tierKey(), upToGrams: '', amount: '' }])}
                disabled={draft.tiers.length >= 50}
              >
                Add tier
              </Button>
            </Group>
          </Stack>
        )}
        <TextInput
          label={`Free from a subtotal of (${currency})`}
          description="After discounts; empty: never free"
          value={draft.freeAbove}
          onChange={(e) => set('freeAbove', e.currentTarget.value)}
          error={errors.freeAbove}
          inputMode="decimal"
          w={280}
        />
        <Group align="start">
          <TextInput
            label="Delivery: fewest days"
            value={draft.minDays}
            onChange={(e) => set('minDays', e.currentTarget.value)}
            error={errors.minDays}
            inputMode="numeric"
            required
            w={180}
          />
          <TextInput
            label="Delivery: most days"
            value={draft.maxDays}
            onChange={(e) => set('maxDays', e.currentTarget.value)}
            error={errors.maxDays}
            inputMode="numeric"
            required
            w={180}
          />
        </Group>
        <Group justify="end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {option ? 'Save option' : 'Add option'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
