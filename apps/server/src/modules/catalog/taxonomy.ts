import type { Outbox } from '../../platform/events/outbox.js'
import { CATALOG_TOPICS, type CategoryChangedV1 } from './events.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { Db } from '../../platform/db/database.js'
import type { CatalogRepo } from './repo.js'
import type { CategoryInput, CategoryNode } from './schemas.js'

/** Categories (a tree) and collections (flat, curated sets). */
export function createTaxonomyService(deps: { repo: CatalogRepo; invalidate: () => Promise<void>; outbox: Outbox }) {
  const { repo, invalidate, outbox } = deps

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
