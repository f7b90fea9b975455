import { Button, Group, Stack, TagsInput, TextInput } from '@mantine/core'
import type { OptionDraft } from './draft'
import type { Errors } from './rules'

/** Up to three options (Size, Colour, …), each with its values; the variants follow from them. */
export function OptionEditor({
  options,
  errors,
  disabled,
  onChange,
}: {
  options: OptionDraft[]
  errors: Errors
  disabled: boolean
  onChange: (options: OptionDraft[]) => void
}) {
  const set = (i: number, patch: Partial<OptionDraft>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)))
  return (
    <Stack gap="sm">
      {options.map((option, i) => (
        <Group key={i} align="start" wrap="wrap">
          <TextInput
            label={`Option ${i + 1} name`}
            placeholder="Size"
            value={option.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
            error={errors[`options.${i}.name`]}
            disabled={disabled}
            w={180}
          />
          <TagsInput
            label={`Option ${i + 1} values`}
            description="Press Enter after each value"
            placeholder="S, M, L"
            value={option.values}
            onChange={(values) => set(i, { values: [...new Set(values.map((v) => v.trim()).filter(Boolean))] })}
            error={errors[`options.${i}.values`]}
            disabled={disabled}
            splitChars={[',']}
            style={{ flex: 1, minWidth: 240 }}
          />
          {!disabled && (
            <Button variant="subtle" color="red" mt={24} onClick={() => onChange(options.filter((_, j) => j !== i))}>
              Remove option {i + 1}
            </Button>
          )}
        </Group>
      ))}
      {!disabled && options.length < 3 && (
        <Button variant="default" w="fit-content" onClick={() => onChange([...options, { name: '', values: [] }])}>
          Add option
        </Button>
      )}
    </Stack>
  )
}
