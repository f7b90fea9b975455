import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core'
import { countriesError, overrideKey, TAX_CLASSES, type RegionDraft, type TaxClass } from './region-draft'

/** Typed codes as the API wants them: trimmed, upper case, each once. */
const countryCodes = (values: string[]) => [...new Set(values.map((v) => v.trim().toUpperCase()).filter(Boolean))]

/**
 * A region's fields: name, countries, tax rates per class (percentages, kept as basis points),
 * whether prices include tax, and per-country overrides. Handle and currency only when creating.
 */
export function RegionFields({
  draft,
  onChange,
  errors,
  creating,
}: {
  draft: RegionDraft
  onChange: (draft: RegionDraft) => void
  errors: Record<string, string>
  creating: boolean
}) {
  const set = <K extends keyof RegionDraft>(field: K, value: RegionDraft[K]) => onChange({ ...draft, [field]: value })
  const setOverride = (index: number, patch: Partial<RegionDraft['overrides'][number]>) =>
    set(
      'overrides',
      draft.overrides.map((o, i) => (i === index ? { ...o, ...patch } : o)),
    )

  return (
    <Stack>
      <Group align="start" wrap="wrap">
        <TextInput
          label="Name"
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={100}
          w={280}
        />
        {creating && (
          <>
            <TextInput
              label="Handle"
              description="Lower case, words joined by hyphens"
              value={draft.handle}
              onChange={(e) => set('handle', e.currentTarget.value)}
              error={errors.handle}
              required
              w={240}
            />
            <TextInput
              label="Currency"
              description="ISO 4217, like EUR"
              value={draft.currency}
              onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
              error={errors.currency}
              required
              maxLength={3}
              w={140}
            />
          </>
        )}
      </Group>
      <TagsInput
        label="Countries"
        description="Two-letter codes (ISO 3166-1), like DE; Enter or a comma after each. A country sells through one region only."
        value={draft.countries}
        onChange={(values) => set('countries', countryCodes(values))}
        error={countriesError(errors, draft.countries)}
        splitChars={[',', ' ', ';']}
        required
        maw={640}
      />
      <Fieldset legend="Tax">
        <Stack>
          <Group align="start" wrap="wrap">
            {TAX_CLASSES.map((c) => (
              <TextInput
                key={c.value}
                label={`${c.label} rate (%)`}
                value={draft.rates[c.value]}
                onChange={(e) => set('rates', { ...draft.rates, [c.value]: e.currentTarget.value })}
                error={errors[`taxRates.${c.value}`]}
                inputMode="decimal"
                required
                w={170}
              />
            ))}
          </Group>
          <Checkbox
            label="Prices include tax (the tax is taken out of the price, not added on top)"
            checked={draft.pricesIncludeTax}
            onChange={(e) => set('pricesIncludeTax', e.currentTarget.checked)}
          />
          <Text size="sm" fw={500} id="overrides-heading">
            Rates by country
          </Text>
          <Text size="xs" c="dimmed">
            A country of the region whose rate for a class differs from the region’s.
          </Text>
          {errors.taxOverrides && (
            <Text size="sm" c="red.9">
              {errors.taxOverrides}
            </Text>
          )}
          {draft.overrides.length > 0 && (
            <Table.ScrollContainer minWidth={520} maw={640}>
              <Table aria-labelledby="overrides-heading" data-testid="tax-overrides">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Country</Table.Th>
                    <Table.Th>Tax class</Table.Th>
                    <Table.Th>Rate (%)</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Remove</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {draft.overrides.map((o, i) => (
                    <Table.Tr key={o.key}>
                      <Table.Td>
                        <Select
                          aria-label={`Country of override ${i + 1}`}
                          data={[...new Set([...draft.countries, ...(o.country ? [o.country] : [])])]}
                          value={o.country || null}
                          onChange={(v) => setOverride(i, { country: v ?? '' })}
                          error={errors[`taxOverrides.${i}.country`]}
                          allowDeselect={false}
                          w={140}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Tax class of override ${i + 1}`}
                          data={TAX_CLASSES}
                          value={o.taxClass}
                          onChange={(v) => v && setOverride(i, { taxClass: v as TaxClass })}
                          error={errors[`taxOverrides.${i}.taxClass`]}
                          allowDeselect={false}
                          w={150}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Rate of override ${i + 1} (%)`}
                          value={o.rate}
                          onChange={(e) => setOverride(i, { rate: e.currentTarget.value })}
                          error={errors[`taxOverrides.${i}.rate`]}
                          inputMode="decimal"
                          w={120}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={`Remove override ${i + 1}${o.country ? ` (${o.country} ${o.taxClass})` : ''}`}
                          onClick={() =>
                            set(
                              'overrides',
                              draft.overrides.filter((_, j) => j !== i),
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
            </Table.ScrollContainer>
          )}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                set('overrides', [
                  ...draft.overrides,
                  { key: overrideKey(), country: draft.countries[0] ?? '', taxClass: 'standard', rate: '' },
                ])
              }
            >
              Add a country rate
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Stack>
  )
}
