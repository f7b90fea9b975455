import { useState } from 'react'
import { ActionIcon, Alert, FileButton, Button, Group, Image, Stack, Text, TextInput } from '@mantine/core'
import { sendFile } from '../lib/api'
import type { ImageDraft } from './draft'
import type { Errors } from './rules'

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']
const MAX_BYTES = 10 * 1024 * 1024

/** Images uploaded to the shop's media, each with the alt text shoppers' screen readers will read. */
export function ImageEditor({
  images,
  errors,
  disabled,
  onChange,
}: {
  images: ImageDraft[]
  errors: Errors
  disabled: boolean
  onChange: (images: ImageDraft[]) => void
}) {
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function upload(files: File[]) {
    setProblem(null)
    const refused = files.find((f) => !IMAGE_TYPES.includes(f.type) || f.size > MAX_BYTES)
    if (refused) {
      setProblem(`${refused.name}: a PNG, JPEG, WebP, GIF or AVIF image up to 10 MB`)
      return
    }
    setUploading(true)
    try {
      const added: ImageDraft[] = []
      for (const file of files) {
        const stored = await sendFile<{ url: string; width: number; height: number }>('/admin/media', file, file.type)
        added.push({ url: stored.url, alt: '', width: stored.width, height: stored.height })
      }
      onChange([...images, ...added])
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setUploading(false)
    }
  }

  const move = (from: number, to: number) => {
    const next = [...images]
    const [item] = next.splice(from, 1)
    next.splice(to, 0, item!)
    onChange(next)
  }

  return (
    <Stack gap="sm">
      {images.length === 0 && <Text c="dimmed">No images yet. The first image is the product’s photo in lists.</Text>}
      {images.map((image, i) => (
        <Group key={image.url} align="start" wrap="nowrap" data-testid="image-row">
          <Image src={image.url} alt="" w={96} h={96} fit="contain" radius="sm" bg="gray.1" />
          <Stack gap={4} style={{ flex: 1 }}>
            <TextInput
              label={`Alt text for image ${i + 1}`}
              description="What the photo shows, for people who cannot see it"
              value={image.alt}
              onChange={(e) => onChange(images.map((img, j) => (j === i ? { ...img, alt: e.currentTarget.value } : img)))}
              error={errors[`images.${i}.alt`]}
              disabled={disabled}
            />
            {!disabled && (
              <Group gap="xs">
                <ActionIcon variant="default" aria-label={`Move image ${i + 1} earlier`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move image ${i + 1} later`}
                  disabled={i === images.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </ActionIcon>
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => onChange(images.filter((_, j) => j !== i))}>
                  Remove image {i + 1}
                </Button>
              </Group>
            )}
          </Stack>
        </Group>
      ))}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {errors.images && (
        <Text c="red.8" size="sm">
          {errors.images}
        </Text>
      )}
      {!disabled && (
        <FileButton onChange={(files) => void upload(files)} accept={IMAGE_TYPES.join(',')} multiple>
          {(props) => (
            <Button {...props} variant="default" loading={uploading} w="fit-content">
              Upload images
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  )
}
