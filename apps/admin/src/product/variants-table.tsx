import { Table, Text, TextInput } from '@mantine/core'
import type { VariantDraft } from './draft'
import type { Errors } from './rules'

/** One row per variant: SKU, a price and a compare-at price per currency, barcode, weight, and (on create) the opening stock. */
export function VariantsTable({
  variants,
  currencies,
  errors,
  withStock,
  disabled,
  onChange,
}: {
  variants: VariantDraft[]
  currencies: string[]
  errors: Errors
  withStock: boolean
  disabled: boolean
  onChange: (index: number, variant: VariantDraft) => void
}) {
  const nameOf = (v: VariantDraft, i: number) => v.optionValues.join(' / ') || (variants.length === 1 ? 'Default' : `Variant ${i + 1}`)
  return (
    <Table.ScrollContainer minWidth={680 + currencies.length * 240}>
      <Table data-testid="variant-editor" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Variant</Table.Th>
            <Table.Th>SKU</Table.Th>
            {currencies.map((currency) => [
              <Table.Th key={currency}>Price ({currency})</Table.Th>,
              <Table.Th key={`${currency}-was`}>Compare at ({currency})</Table.Th>,
            ])}
            <Table.Th>Barcode</Table.Th>
            <Table.Th>Weight (g)</Table.Th>
            {withStock && <Table.Th>Stock</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {variants.map((variant, i) => {
            const name = nameOf(variant, i)
            const set = (patch: Partial<VariantDraft>) => onChange(i, { ...variant, ...patch })
            return (
              <Table.Tr key={variant.optionValues.join('\u0000') || i}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  {errors[`variants.${i}.prices`] && (
                    <Text size="xs" c="red.8">
                      {errors[`variants.${i}.prices`]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`SKU of ${name}`}
                    value={variant.sku}
                    onChange={(e) => set({ sku: e.currentTarget.value })}
                    error={errors[`variants.${i}.sku`]}
                    disabled={disabled}
                    size="xs"
                  />
                </Table.Td>
                {currencies.map((currency) => [
                  <Table.Td key={currency}>
                    <TextInput
                      aria-label={`Price of ${name} in ${currency}`}
                      value={variant.prices[currency] ?? ''}
                      onChange={(e) => set({ prices: { ...variant.prices, [currency]: e.currentTarget.value } })}
                      error={errors[`variants.${i}.prices.${currency}`]}
                      inputMode="decimal"
                      placeholder="0.00"
                      disabled={disabled}
                      size="xs"
                    />
                  </Table.Td>,
                  <Table.Td key={`${currency}-was`}>
                    <TextInput
                      aria-label={`Compare-at price of ${name} in ${currency}`}
                      value={variant.compareAt[currency] ?? ''}
                      onChange={(e) => set({ compareAt: { ...variant.compareAt, [currency]: e.currentTarget.value } })}
                      error={errors[`variants.${i}.compareAt.${currency}`]}
                      inputMode="decimal"
                      disabled={disabled}
                      size="xs"
                    />
                  </Table.Td>,
                ])}
                <Table.Td>
                  <TextInput
                    aria-label={`Barcode of ${name}`}
                    value={variant.barcode}
                    onChange={(e) => set({ barcode: e.currentTarget.value })}
                    error={errors[`variants.${i}.barcode`]}
                    disabled={disabled}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Weight of ${name} in grams`}
                    value={variant.weightGrams}
                    onChange={(e) => set({ weightGrams: e.currentTarget.value })}
                    error={errors[`variants.${i}.weightGrams`]}
                    inputMode="numeric"
                    disabled={disabled}
                    size="xs"
                  />
                </Table.Td>
                {withStock && (
                  <Table.Td>
                    <TextInput
                      aria-label={`Stock of ${name}`}
                      value={variant.stock}
                      onChange={(e) => set({ stock: e.currentTarget.value })}
                      error={errors[`variants.${i}.stock`]}
                      inputMode="numeric"
                      disabled={disabled}
                      size="xs"
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
