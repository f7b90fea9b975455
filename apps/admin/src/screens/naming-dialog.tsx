import type { FormEvent, ReactNode } from 'react'
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { handleFrom } from '../product/draft'

/**
 * The dialog that adds or changes something named with a handle (a category, a collection): the
 * handle follows the name while the thing is new, and is the staff member's once it exists.
 */
export function NamingDialog({
  title,
  opened,
  onClose,
  onSubmit,
  nameLabel,
  name,
  handle,
  isNew,
  errors,
  onChange,
  submitLabel,
  saving,
  children,
}: {
  title: string
  opened: boolean
  onClose: () => void
  onSubmit: () => void
  nameLabel: string
  name: string
  handle: string
  isNew: boolean
  errors: Record<string, string>
  onChange: (patch: { name?: string; handle?: string }) => void
  submitLabel: string
  saving: boolean
  children?: ReactNode
}) {
  const nameKey = nameLabel.toLowerCase()
  function submit(event: FormEvent) {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <TextInput
            label={nameLabel}
            required
            value={name}
            onChange={(e) => {
              const next = e.currentTarget.value
              onChange(isNew ? { name: next, handle: handleFrom(next) } : { name: next })
            }}
            error={errors[nameKey]}
          />
          <TextInput
            label="Handle"
            required
            value={handle}
            onChange={(e) => onChange({ handle: e.currentTarget.value })}
            error={errors.handle}
          />
          {children}
          <Group>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
