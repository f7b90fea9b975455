import { useState, type FormEvent } from 'react'
import { Alert, Button, Fieldset, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { bodyOf, check, draftOf, emptyDraft, KINDS, type Kind, type Promotion, type PromotionDraft, type Scope } from './promotion-draft'
import { CategoryPicker, CurrencySelect, ProductPicker } from './promotion-pickers'

const SCOPES: { value: Scope; label: string }[] = [
  { value: 'order', label: 'The whole order' },
  { value: 'products', label: 'Some products' },
  { value: 'categories', label: 'Some categories' },
]

/**
 * A promotion's terms: a new one (no `promotion`) or changes to one. Every rule the API holds is
 * checked before sending; what the API still refuses (a code taken meanwhile) shows at its field.
 */
export function PromotionForm({ promotion, editable }: { promotion?: Promotion; editable: boolean }) {
  const queries = useQueryClient()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<PromotionDraft>(() => (promotion ? draftOf(promotion) : emptyDraft()))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof PromotionDraft>(field: K, value: PromotionDraft[K]) => setDraft((d) => ({ ...d, [field]: value }))

  const save = useMutation({
    mutationFn: (next: PromotionDraft) =>
      promotion
        ? unwrap(
            api.PATCH('/admin/promotions/{promotionId}', {
              params: { path: { promotionId: promotion.id } },
              body: bodyOf(next, promotion),
            }),
          )
        : unwrap(api.POST('/admin/promotions', { body: bodyOf(next) })),
    onMutate: () => setErrors({}),
    onSuccess: (saved) => {
      queries.setQueryData(['promotion', saved.id], saved)
      void queries.invalidateQueries({ queryKey: ['promotions'] })
      notify('green', promotion ? 'Promotion saved' : 'Promotion created')
      if (!promotion) void navigate(`/promotions/${saved.id}`, { replace: true })
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = check(draft, promotion?.usageCount)
    setErrors(found)
    if (Object.keys(found).length === 0) save.mutate(draft)
  }

  const disabled = !editable
  const kind = draft.kind
  const targeted = kind === 'percentage' || kind === 'fixed'
  return (
    <form onSubmit={submit} noValidate aria-label={promotion ? 'Promotion' : 'New promotion'}>
      <Stack maw={760}>
        {errors._ && (
          <Alert color="red" role="alert">
            {errors._}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="For staff; shoppers see the code"
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          disabled={disabled}
          required
        />
        <Radio.Group label="How it applies" value={draft.trigger} onChange={(value) => set('trigger', value as PromotionDraft['trigger'])}>
          <Group mt={4}>
            <Radio value="code" label="When the shopper enters a code" disabled={disabled} />
            <Radio value="automatic" label="Automatically, to every cart it fits" disabled={disabled} />
          </Group>
        </Radio.Group>
        {draft.trigger === 'code' && (
          <TextInput
            label="Code"
            description="Letters, digits, - and _; shoppers may type it in any case"
            value={draft.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code}
            disabled={disabled}
            required
            maxLength={40}
            w={360}
          />
        )}

        <Fieldset legend="Discount">
          <Stack>
            <Radio.Group label="Kind" value={kind} onChange={(value) => set('kind', value as Kind)}>
              <Group mt={4}>
                {KINDS.map((k) => (
                  <Radio key={k.value} value={k.value} label={k.label} disabled={disabled} />
                ))}
              </Group>
            </Radio.Group>
            {kind === 'percentage' && (
              <TextInput
                label="Percentage off (%)"
                description="Up to two decimals, like 15 or 12.5"
                value={draft.percent}
                onChange={(e) => set('percent', e.currentTarget.value)}
                error={errors.basisPoints}
                disabled={disabled}
                inputMode="decimal"
                required
                w={260}
              />
            )}
            {kind === 'fixed' && (
              <TextInput
                label={`Amount off${draft.currency ? ` (${draft.currency})` : ''}`}
                description="Spread over the lines it reaches, never more than they cost"
                value={draft.amount}
                onChange={(e) => set('amount', e.currentTarget.value)}
                error={errors.amount}
                disabled={disabled}
                inputMode="decimal"
                required
                w={240}
              />
            )}
            {kind === 'buy_x_get_y' && (
              <>
                <Group align="start">
                  <TextInput
                    label="Buy (units)"
                    value={draft.buyQuantity}
                    onChange={(e) => set('buyQuantity', e.currentTarget.value)}
                    error={errors.buyQuantity}
                    disabled={disabled}
                    inputMode="numeric"
                    required
                    w={140}
                  />
                  <TextInput
                    label="Get (units)"
                    value={draft.getQuantity}
                    onChange={(e) => set('getQuantity', e.currentTarget.value)}
                    error={errors.getQuantity}
                    disabled={disabled}
                    inputMode="numeric"
                    required
                    w={140}
                  />
                  <TextInput
                    label="Off the units got (%)"
                    description="Empty: they are free"
                    value={draft.percent}
                    onChange={(e) => set('percent', e.currentTarget.value)}
                    error={errors.basisPoints}
                    disabled={disabled}
                    inputMode="decimal"
                    w={220}
                  />
                </Group>
                <ProductPicker
                  label="Products it counts"
                  description="The cheapest units of each group of buy + get are discounted"
                  value={draft.productIds}
                  onChange={(ids) => set('productIds', ids)}
                  error={errors.productIds}
                  disabled={disabled}
                />
              </>
            )}
            {targeted && (
              <>
                <Radio.Group label="Takes off" value={draft.scope} onChange={(value) => set('scope', value as Scope)}>
                  <Group mt={4}>
                    {SCOPES.map((s) => (
                      <Radio key={s.value} value={s.value} label={s.label} disabled={disabled} />
                    ))}
                  </Group>
                </Radio.Group>
                {draft.scope === 'products' && (
                  <ProductPicker
                    label="Products"
                    value={draft.productIds}
                    onChange={(ids) => set('productIds', ids)}
                    error={errors['target.productIds'] ?? errors.target}
                    disabled={disabled}
                  />
                )}
                {draft.scope === 'categories' && (
                  <CategoryPicker
                    label="Categories"
                    description="A category includes the ones under it"
                    value={draft.categoryIds}
                    onChange={(ids) => set('categoryIds', ids)}
                    error={errors['target.categoryIds'] ?? errors.target}
                    disabled={disabled}
                  />
                )}
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Conditions">
          <Stack>
            <Group align="start">
              <CurrencySelect
                value={draft.currency}
                onChange={(currency) => set('currency', currency)}
                required={kind === 'fixed'}
                error={errors.currency}
                disabled={disabled}
              />
              <TextInput
                label={`Minimum subtotal${draft.currency ? ` (${draft.currency})` : ''}`}
                description="Before discounts; empty: none"
                value={draft.minSubtotal}
                onChange={(e) => set('minSubtotal', e.currentTarget.value)}
                error={errors.minSubtotal}
                disabled={disabled}
                inputMode="decimal"
                w={240}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="datetime-local"
                label="Starts (your time)"
                description="Empty: at once"
                value={draft.startsAt}
                onChange={(e) => set('startsAt', e.currentTarget.value)}
                error={errors.startsAt}
                disabled={disabled}
              />
              <TextInput
                type="datetime-local"
                label="Ends (your time)"
                description="Empty: never"
                value={draft.endsAt}
                onChange={(e) => set('endsAt', e.currentTarget.value)}
                error={errors.endsAt}
                disabled={disabled}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Limits">
          <Group align="start">
            <TextInput
              label="Uses in total"
              description="Empty: no limit"
              value={draft.usageLimit}
              onChange={(e) => set('usageLimit', e.currentTarget.value)}
              error={errors.usageLimit}
              disabled={disabled}
              inputMode="numeric"
              w={200}
            />
            <TextInput
              label="Uses per customer"
              description="Empty: no limit"
              value={draft.perCustomerLimit}
              onChange={(e) => set('perCustomerLimit', e.currentTarget.value)}
              error={errors.perCustomerLimit}
              disabled={disabled}
              inputMode="numeric"
              w={200}
            />
          </Group>
        </Fieldset>

        {editable && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {promotion ? 'Save' : 'Create promotion'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
