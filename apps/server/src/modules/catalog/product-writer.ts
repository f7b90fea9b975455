import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import { Problem, invalid } from '../../problems.js'
import type { InventoryService } from '../inventory/service.js'
import type { CatalogRepo } from './repo.js'
import { sanitizeDescription } from './sanitize.js'
import type { ProductInput, VariantInput } from './schemas.js'

export interface ProductWriterDeps {
  repo: CatalogRepo
  inventory: InventoryService
}

const variantTitle = (values: string[]) => (values.length ? values.join(' / ') : 'Default')

/** Checks that belong to the product as a whole and that a schema cannot express. */
export function checkProductShape(input: Pick<ProductInput, 'options' | 'variants'>, pointer = '/body') {
  const optionCount = input.options?.length ?? 0
  const seen = new Set<string>()
  const skus = new Set<string>()
  input.variants.forEach((variant, i) => {
    const values = variant.optionValues ?? []
    if (values.length !== optionCount)
      throw invalid(`${pointer}/variants/${i}/optionValues`, `needs ${optionCount} value(s), one per option`)
    values.forEach((value, j) => {
      if (!input.options![j]!.values.includes(value))
        throw invalid(`${pointer}/variants/${i}/optionValues/${j}`, `“${value}” is not a value of option ${input.options![j]!.name}`)
    })
    const key = values.join('\u0000')
    if (seen.has(key)) throw invalid(`${pointer}/variants/${i}/optionValues`, 'another variant has the same option values')
    seen.add(key)
    if (variant.sku) {
      if (skus.has(variant.sku)) throw invalid(`${pointer}/variants/${i}/sku`, 'is used by another variant of this product')
      skus.add(variant.sku)
    }
    const currencies = new Set<string>()
    variant.prices.forEach((price, k) => {
      if (currencies.has(price.currency)) throw invalid(`${pointer}/variants/${i}/prices/${k}/currency`, 'appears twice')
      currencies.add(price.currency)
    })
  })
}

/**
 * Writes a product and all its parts inside the caller's transaction. Variants are matched
 * to existing ones by SKU, then by option values, so their ids survive edits and re-imports
 * (carts and orders point at variant ids).
 */
export function createProductWriter(deps: ProductWriterDeps) {
  const { repo, inventory } = deps

  async function resolveHandles(kind: 'category' | 'collection', handles: string[] | undefined, tx: Db) {
    if (!handles || handles.length === 0) return []
    const unique = [...new Set(handles)]
    const rows = kind === 'category' ? await repo.findCategoriesByHandles(unique, tx) : await repo.findCollectionsByHandles(unique, tx)
    const missing = unique.filter((h) => !rows.some((r) => r.handle === h))
    if (missing.length > 0) throw invalid(`/body/${kind}Handles`, `unknown ${kind} handle(s): ${missing.join(', ')}`)
    return rows.map((r) => r.id)
  }

  async function writeVariants(productId: string, variants: VariantInput[], tx: Db, setStockOnUpdate: boolean) {
    const existing = await repo.listVariantKeys(productId, tx)
    const bySku = new Map(existing.filter((v) => v.sku).map((v) => [v.sku!, v.id]))
    const byValues = new Map(existing.map((v) => [v.option_values.join('\u0000'), v.id]))
    const kept = new Set<string>()

    const planned = variants.map((variant, position) => {
      const values = variant.optionValues ?? []
      const matchedId = (variant.sku && bySku.get(variant.sku)) || byValues.get(values.join('\u0000'))
      const isUpdate = !!matchedId && !kept.has(matchedId)
      const id = isUpdate ? matchedId! : newId('var')
      kept.add(id)
      const row = {
        sku: variant.sku ?? null,
        title: variantTitle(values),
        option_values: values,
        weight_grams: variant.weightGrams ?? null,
        barcode: variant.barcode ?? null,
        position,
      }
      return { id, isUpdate, row, variant, position }
    })

    // One query for every SKU's current owner: a SKU may move between this product's variants, not across products.
    const owners = await repo.findVariantOwnersBySkus(
      planned.flatMap((p) => (p.variant.sku ? [p.variant.sku] : [])),
      tx,
    )
    for (const p of planned) {
      const owner = p.variant.sku ? owners.get(p.variant.sku) : undefined
      if (owner && owner !== productId)
        throw new Problem({
          type: 'conflict',
          detail: `SKU ${p.variant.sku} belongs to another product`,
          errors: [{ pointer: `/body/variants/${p.position}/sku`, detail: 'is taken' }],
        })
    }

    await repo.deleteVariants(
      existing.filter((v) => !kept.has(v.id)).map((v) => v.id),
      tx,
    )
    for (const p of planned.filter((p) => p.isUpdate)) await repo.updateVariant(p.id, p.row, tx)
    await repo.insertVariants(
      planned.filter((p) => !p.isUpdate).map((p) => ({ id: p.id, product_id: productId, ...p.row })),
      tx,
    )
    await repo.replacePricesOf(
      planned.map((p) => ({ variantId: p.id, prices: p.variant.prices })),
      tx,
    )
    const stock = planned
      .filter((p) => !p.isUpdate || (setStockOnUpdate && p.variant.inventoryQuantity !== undefined))
      .map((p) => ({ variantId: p.id, quantity: p.variant.inventoryQuantity ?? 0 }))
    await inventory.setOnHandMany(stock, tx)
    await repo.refreshPriceRange(productId, tx)
  }

  return {
    async create(input: ProductInput, tx: Db): Promise<string> {
      checkProductShape(input)
      const id = newId('prod')
      const [categoryIds, collectionIds] = [
        await resolveHandles('category', input.categoryHandles, tx),
        await resolveHandles('collection', input.collectionHandles, tx),
      ]
      await repo.insertProduct(
        {
          id,
          handle: input.handle,
          title: input.title.trim(),
          description_html: sanitizeDescription(input.descriptionHtml ?? ''),
          status: input.status ?? 'draft',
          brand: input.brand ?? null,
          product_type: input.productType ?? null,
          tags: [...new Set(input.tags ?? [])],
          attributes: JSON.stringify(input.attributes ?? {}),
          seo_title: input.seoTitle ?? null,
          seo_description: input.seoDescription ?? null,
        },
        tx,
      )
      await repo.replaceOptions(
        id,
        (input.options ?? []).map((o) => ({ id: newId('opt'), name: o.name, values: o.values })),
        tx,
      )
      await writeVariants(id, input.variants, tx, true)
      await repo.replaceImages(
        id,
        (input.images ?? []).map((image) => ({
          id: newId('img'),
          url: image.url,
          alt: image.alt ?? '',
          width: image.width ?? null,
          height: image.height ?? null,
        })),
        tx,
      )
      await repo.replaceCategories(id, categoryIds, tx)
      await repo.replaceCollections(id, collectionIds, tx)
      return id
    },

    /** Applies a patch; arrays that are sent replace what was there. */
    async update(
      id: string,
      patch: Partial<ProductInput>,
      current: { options: { name: string; values: string[] }[] },
      tx: Db,
      options: { setStock: boolean },
    ) {
      if (patch.variants) checkProductShape({ options: patch.options ?? current.options, variants: patch.variants })
      else if (patch.options) throw invalid('/body/variants', 'changing options needs the variants that go with them')
      const columns = {
        ...(patch.handle !== undefined && { handle: patch.handle }),
        ...(patch.title !== undefined && { title: patch.title.trim() }),
        ...(patch.descriptionHtml !== undefined && { description_html: sanitizeDescription(patch.descriptionHtml) }),
        ...(patch.status !== undefined && { status: patch.status }),
        ...(patch.brand !== undefined && { brand: patch.brand }),
        ...(patch.productType !== undefined && { product_type: patch.productType }),
        ...(patch.tags !== undefined && { tags: [...new Set(patch.tags)] }),
        ...(patch.attributes !== undefined && { attributes: JSON.stringify(patch.attributes) }),
        ...(patch.seoTitle !== undefined && { seo_title: patch.seoTitle }),
        ...(patch.seoDescription !== undefined && { seo_description: patch.seoDescription }),
      }
      await repo.updateProduct(id, columns, tx)
      if (patch.options)
        await repo.replaceOptions(
          id,
          patch.options.map((o) => ({ id: newId('opt'), name: o.name, values: o.values })),
          tx,
        )
      if (patch.variants) await writeVariants(id, patch.variants, tx, options.setStock)
      if (patch.images)
        await repo.replaceImages(
          id,
          patch.images.map((image) => ({
            id: newId('img'),
            url: image.url,
            alt: image.alt ?? '',
            width: image.width ?? null,
            height: image.height ?? null,
          })),
          tx,
        )
      if (patch.categoryHandles) await repo.replaceCategories(id, await resolveHandles('category', patch.categoryHandles, tx), tx)
      if (patch.collectionHandles) await repo.replaceCollections(id, await resolveHandles('collection', patch.collectionHandles, tx), tx)
    },
  }
}

export type ProductWriter = ReturnType<typeof createProductWriter>
