import { useState, type FormEvent, type ReactNode } from 'react'
import { Alert, Button, Group, MultiSelect, Paper, Select, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core'
import { ApiProblem } from '../lib/api'
import { handleFrom, variantsFor, type ProductDraft, type ProductStatus } from './draft'
import { checkProduct, formErrors, productBody, PRODUCT_LIMITS, type Errors } from './rules'
import { useCatalogChoices } from './catalog-choices'
import { OptionEditor } from './option-editor'
import { VariantsTable } from './variants-table'
import { ImageEditor } from './image-editor'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  )
}

type Body = ReturnType<typeof productBody>['body']

/**
 * Creating or changing a product: details, options and the variants they make, a price per
 * currency, images with alt text, where it is filed, and how search engines show it. Checked with
 * the API's rules before sending; what the API still refuses is shown at its field.
 */
export function ProductForm({
  mode,
  initial,
  disabled = false,
  onSubmit,
  submitLabel,
}: {
  mode: 'create' | 'edit'
  initial: ProductDraft
  disabled?: boolean
  onSubmit: (body: Body) => Promise<unknown>
  submitLabel: string
}) {
  const [draft, setDraft] = useState(initial)
  const [handleEdited, setHandleEdited] = useState(mode === 'edit')
  const [errors, setErrors] = useState<Errors>({})
  const [saving, setSaving] = useState(false)
  const { categories, collections, currencies } = useCatalogChoices()
  const shopCurrencies = currencies.data ?? []
  // Currencies a product already has stay editable even if no region sells in them now.
  const priceCurrencies = [...new Set([...shopCurrencies, ...draft.variants.flatMap((v) => Object.keys(v.prices))])]

  const set = (patch: Partial<ProductDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const field = (name: keyof ProductDraft & keyof typeof PRODUCT_LIMITS) => ({
    value: draft[name] as string,
    onChange: (e: { currentTarget: { value: string } }) => set({ [name]: e.currentTarget.value }),
    error: errors[name],
    disabled,
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = checkProduct(draft, mode)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const { body, sentCurrencies } = productBody(draft, mode)
    setSaving(true)
    try {
      await onSubmit(body)
    } catch (error) {
      setErrors(
        error instanceof ApiProblem
          ? { ...formErrors(error.fieldErrors(), sentCurrencies), _: error.message }
          : { _: (error as Error).message },
      )
    } finally {
      setSaving(false)
    }
  }

  const errorCount = Object.keys(errors).filter((k) => k !== '_').length

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={1100}>
        {(errors._ || errorCount > 0) && (
          <Alert color="red" role="alert" title="Not saved">
            {errors._ ?? `${errorCount} field${errorCount === 1 ? ' needs' : 's need'} attention`}
          </Alert>
        )}
        <Section title="Details">
          <TextInput
            label="Title"
            required
            {...field('title')}
            onChange={(e) => {
              const title = e.currentTarget.value
              set(handleEdited ? { title } : { title, handle: handleFrom(title) })
            }}
          />
          <TextInput
            label="Handle"
            description="The product’s address in the store: /products/handle"
            required
            {...field('handle')}
            onChange={(e) => {
              setHandleEdited(true)
              set({ handle: e.currentTarget.value })
            }}
          />
          <Select
            label="Status"
            data={[
              { value: 'draft', label: 'Draft (hidden from the store)' },
              { value: 'active', label: 'Active (on sale)' },
              { value: 'archived', label: 'Archived' },
            ]}
            value={draft.status}
            onChange={(value) => value && set({ status: value as ProductStatus })}
            allowDeselect={false}
            disabled={disabled}
          />
          <Textarea label="Description (HTML)" autosize minRows={3} maxRows={12} {...field('descriptionHtml')} />
        </Section>

        <Section title="Options and variants">
          <OptionEditor
            options={draft.options}
            errors={errors}
            disabled={disabled}
            onChange={(options) => set({ options, variants: variantsFor(options, draft.variants) })}
          />
          <Text size="sm" c="dimmed">
            {draft.variants.length} variant{draft.variants.length === 1 ? '' : 's'}. Leave a currency’s price empty to not sell the variant
            in it. {mode === 'edit' && 'Stock is changed on the Inventory screen.'}
          </Text>
          {errors.variants && (
            <Text c="red.8" size="sm">
              {errors.variants}
            </Text>
          )}
          <VariantsTable
            variants={draft.variants}
            currencies={priceCurrencies}
            errors={errors}
            withStock={mode === 'create'}
            disabled={disabled}
            onChange={(index, variant) => set({ variants: draft.variants.map((v, i) => (i === index ? variant : v)) })}
          />
        </Section>

        <Section title="Images">
          <ImageEditor images={draft.images} errors={errors} disabled={disabled} onChange={(images) => set({ images })} />
        </Section>

        <Section title="Organisation">
          <Group grow align="start" wrap="wrap">
            <TextInput label="Brand" {...field('brand')} />
            <TextInput label="Product type" {...field('productType')} />
          </Group>
          <MultiSelect
            label="Categories"
            data={categories.data ?? []}
            value={draft.categoryHandles}
            onChange={(categoryHandles) => set({ categoryHandles })}
            error={errors.categoryHandles}
            searchable
            disabled={disabled}
            nothingFoundMessage="No such category"
          />
          <MultiSelect
            label="Collections"
            data={collections.data ?? []}
            value={draft.collectionHandles}
            onChange={(collectionHandles) => set({ collectionHandles })}
            error={errors.collectionHandles}
            searchable
            disabled={disabled}
            nothingFoundMessage="No such collection"
          />
          <TagsInput
            label="Tags"
            value={draft.tags}
            onChange={(tags) => set({ tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))] })}
            error={errors.tags}
            splitChars={[',']}
            disabled={disabled}
          />
        </Section>

        <Section title="Search engines">
          <TextInput label="SEO title" description="Shown as the page title; the product title when empty" {...field('seoTitle')} />
          <Textarea label="SEO description" autosize minRows={2} {...field('seoDescription')} />
        </Section>

        {!disabled && (
          <Group>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
