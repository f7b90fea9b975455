import type { Outbox } from '../../platform/events/outbox.js'
import { CATALOG_TOPICS, type CategoryChangedV1, type ProductChangedV1 } from './events.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { Db } from '../../platform/db/database.js'
import type { CatalogRepo } from './repo.js'
import type { CategoryInput, CategoryNode } from './schemas.js'

/** Categories (a tree) and collections (flat, curated sets). */
export function createTaxonomyService(deps: { repo: CatalogRepo; invalidate: () => Promise<void>; outbox: Outbox }) {
  const { repo, invalidate, outbox } = deps

  async function announceProducts(tx: Db, productIds: string[]) {
    // One event per thousand products keeps each payload small for the search consumers.
    for (let i = 0; i < productIds.length; i += 1000)
      await outbox.emit<ProductChangedV1>(tx, CATALOG_TOPICS.productChanged, { productIds: productIds.slice(i, i + 1000) })
  }

  const collectionMembers = async (collectionId: string, tx: Db) =>
    (await tx.selectFrom('product_collection').select('product_id').where('collection_id', '=', collectionId).execute()).map(
      (m) => m.product_id,
    )

  async function parentOf(parentHandle: string | null | undefined, tx: Db = repo.db) {
    if (!parentHandle) return null
    const parent = await repo.findCategoryByHandle(parentHandle, tx)
    if (!parent) throw invalid('/body/parentHandle', `no category ${parentHandle}`)
    return parent
  }

  return {
    async categoryTree(): Promise<CategoryNode[]> {
      const rows = await repo.listCategories()
      const nodes = new Map<string, CategoryNode>(
        rows.map((r) => [
          r.id,
          { id: r.id, handle: r.handle, name: r.name, description: r.description, position: r.position, children: [] },
        ]),
      )
      const roots: CategoryNode[] = []
      for (const row of rows) {
        const node = nodes.get(row.id)!
        const parent = row.parent_id ? nodes.get(row.parent_id) : undefined
        if (parent) parent.children.push(node)
        else roots.push(node)
      }
      return roots
    },

    async createCategory(input: CategoryInput) {
      if (await repo.findCategoryByHandle(input.handle))
        throw conflict(`Category handle ${input.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
      const parent = await parentOf(input.parentHandle)
      const id = newId('cat')
      const row = await repo.insertCategory({
        id,
        parent_id: parent?.id ?? null,
        handle: input.handle,
        name: input.name,
        description: input.description ?? null,
        position: input.position ?? 0,
        path: `${parent?.path ?? '/'}${id}/`,
      })
      await invalidate()
      return { id: row.id, handle: row.handle, name: row.name, description: row.description, position: row.position, children: [] }
    },

    async updateCategory(id: string, patch: Partial<CategoryInput>) {
      // Every read inside goes through tx: on PGlite a query on the outer handle would wait for
      // the connection this transaction holds, forever.
      const result = await repo.db.transaction().execute(async (tx) => {
        const current = await repo.findCategoryById(id, tx, { forUpdate: true })
        if (!current) throw notFound('category', id)
        let parentId = current.parent_id
        if (patch.parentHandle !== undefined) {
          const parent = await parentOf(patch.parentHandle, tx)
          if (parent && parent.path.startsWith(current.path)) throw invalid('/body/parentHandle', 'a category cannot move under itself')
          parentId = parent?.id ?? null
          await repo.rewriteCategoryPaths(current.path, `${parent?.path ?? '/'}${id}/`, tx)
        }
        // Products in the subtree now read differently (a new name, new ancestors): search re-reads them.
        await outbox.emit<CategoryChangedV1>(tx, CATALOG_TOPICS.categoryChanged, { categoryId: id })
        return repo.updateCategory(
          id,
          {
            ...(patch.handle !== undefined && { handle: patch.handle }),
            ...(patch.name !== undefined && { name: patch.name }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.position !== undefined && { position: patch.position }),
            parent_id: parentId,
          },
          tx,
        )
      })
      await invalidate()
      return {
        id: result!.id,
        handle: result!.handle,
        name: result!.name,
        description: result!.description,
        position: result!.position,
        children: [],
      }
    },

    /**
     * Deletes a category with no children. Its products stay, without it; search re-reads them.
     * A parent is refused (409): silently moving or deleting a subtree is not what staff meant.
     */
    async deleteCategory(id: string) {
      await repo.db.transaction().execute(async (tx) => {
        const current = await repo.findCategoryById(id, tx, { forUpdate: true })
        if (!current) throw notFound('category', id)
        const child = await tx.selectFrom('category').select('id').where('parent_id', '=', id).limit(1).executeTakeFirst()
        if (child) throw conflict('Move or delete this category’s subcategories first')
        const members = await tx.selectFrom('product_category').select('product_id').where('category_id', '=', id).execute()
        await tx.deleteFrom('category').where('id', '=', id).execute()
        await announceProducts(
          tx,
          members.map((m) => m.product_id),
        )
      })
      await invalidate()
    },

    async updateCollection(id: string, patch: { handle?: string; title?: string; description?: string | null }) {
      const row = await repo.db.transaction().execute(async (tx) => {
        if (patch.handle !== undefined) {
          const taken = await repo.findCollectionByHandle(patch.handle, tx)
          if (taken && taken.id !== id)
            throw conflict(`Collection handle ${patch.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
        }
        const updated = await tx
          .updateTable('collection')
          .set({
            ...(patch.handle !== undefined && { handle: patch.handle }),
            ...(patch.title !== undefined && { title: patch.title }),
            ...(patch.description !== undefined && { description: patch.description }),
            updated_at: new Date(),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst()
        if (!updated) throw notFound('collection', id)
        // A new handle changes what the collection filter matches: its products are re-read.
        if (patch.handle !== undefined) await announceProducts(tx, await collectionMembers(id, tx))
        return updated
      })
      await invalidate()
      return { id: row.id, handle: row.handle, title: row.title, description: row.description }
    },

    /** Deletes a collection; its products stay, without it. */
    async deleteCollection(id: string) {
      await repo.db.transaction().execute(async (tx) => {
        const members = await collectionMembers(id, tx)
        const deleted = await tx.deleteFrom('collection').where('id', '=', id).executeTakeFirst()
        if (deleted.numDeletedRows === 0n) throw notFound('collection', id)
        await announceProducts(tx, members)
      })
      await invalidate()
    },

    async createCollection(input: { handle: string; title: string; description?: string | null }) {
      if (await repo.findCollectionByHandle(input.handle))
        throw conflict(`Collection handle ${input.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
      const row = await repo.insertCollection({
        id: newId('coll'),
        handle: input.handle,
        title: input.title,
        description: input.description ?? null,
      })
      await invalidate()
      return { id: row.id, handle: row.handle, title: row.title, description: row.description }
    },

    async listCollections(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      return pageFrom(
        await repo.listCollections(limit, after),
        limit,
        (r) => ({ id: r.id, handle: r.handle, title: r.title, description: r.description }),
        (r) => [r.handle],
      )
    },
  }
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>
