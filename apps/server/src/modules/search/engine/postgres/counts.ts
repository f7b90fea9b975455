/**
 * What the index counts in documents: the vocabulary (search_term), the suggestion labels
 * (search_label) and the facet values per currency and stock (search_facet_count). Writers move the
 * counts by what the replaced documents held and what the new ones hold; a rebuild counts afresh.
 */
import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import { facetValuesOf, labelsOf, SEPARATOR, type DocumentRow, type Label } from './document-row.js'
import { foldPlural } from '../plural.js'
import { indexWordsOf } from './text.js'

export type Counted = Pick<DocumentRow, 'terms' | 'brand' | 'category_ids' | 'category_names' | 'attribute_values' | 'in_stock' | 'prices'>

export interface CountChanges {
  terms: Map<string, number>
  labels: Map<string, Label & { change: number }>
  /** currency SEPARATOR in_stock SEPARATOR facet value → change */
  facets: Map<string, number>
}

const bump = (map: Map<string, number>, key: string, change: number) => map.set(key, (map.get(key) ?? 0) + change)

export function countChanges(before: Counted[], after: Counted[]): CountChanges {
  const changes: CountChanges = { terms: new Map(), labels: new Map(), facets: new Map() }
  const add = (rows: Counted[], change: number) => {
    for (const row of rows) {
      for (const term of new Set(row.terms)) bump(changes.terms, term, change)
      for (const label of labelsOf(row)) {
        const key = `${label.kind}${SEPARATOR}${label.id}`
        const current = changes.labels.get(key)
        // The newer name wins: a renamed category is relabelled by its re-indexed products.
        changes.labels.set(key, {
          ...label,
          label: change > 0 || !current ? label.label : current.label,
          change: (current?.change ?? 0) + change,
        })
      }
      const values = facetValuesOf(row)
      for (const currency of Object.keys(row.prices))
        for (const value of values) bump(changes.facets, `${currency}${SEPARATOR}${row.in_stock}${SEPARATOR}${value}`, change)
    }
  }
  add(before, -1)
  add(after, 1)
  for (const map of [changes.terms, changes.facets]) for (const [key, change] of map) if (change === 0) map.delete(key)
  return changes
}

/** Moves the counts from what `before` documents held to what `after` documents hold. */
export async function applyCounts(tx: Db, before: Counted[], after: Counted[]): Promise<void> {
  const { terms, labels, facets } = countChanges(before, after)
  await addTerms(tx, terms)
  await addLabels(tx, [...labels.values()])
  await addFacets(tx, facets)
}

// Every upsert below takes its rows in key order: concurrent writers cannot deadlock on them.

async function addTerms(tx: Db, terms: Map<string, number>) {
  if (terms.size === 0) return
  const names = [...terms.keys()].sort()
  await sql`
    insert into search_term (term, key, docs)
    select * from unnest(${names}::text[], ${names.map(foldPlural)}::text[], ${names.map((name) => terms.get(name)!)}::int[]) order by 1
    on conflict (term) do update set docs = search_term.docs + excluded.docs`.execute(tx)
  await sql`delete from search_term where term = any(${names}::text[]) and docs <= 0`.execute(tx)
}

/** The vector is built from indexWordsOf(label), as titles are, so labels match and highlight as titles do. */
async function addLabels(tx: Db, labels: (Label & { change: number })[]) {
  if (labels.length === 0) return
  const rows = labels.map((label) => ({ ...label, words: indexWordsOf(label.label) }))
  await sql`
    insert into search_label (kind, id, label, docs, vector)
    select l.kind, l.id, l.label, l.change, to_tsvector('shopstack_search', l.words)
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as l(kind text, id text, label text, change integer, words text)
    order by l.kind, l.id
    on conflict (kind, id) do update
      set docs = search_label.docs + excluded.docs, label = excluded.label, vector = excluded.vector`.execute(tx)
  await sql`delete from search_label where docs <= 0`.execute(tx)
}

async function addFacets(tx: Db, facets: Map<string, number>) {
  if (facets.size === 0) return
  const rows = [...facets].map(([key, change]) => {
    const [currency, inStock, ...value] = key.split(SEPARATOR)
    return { currency, in_stock: inStock === 'true', facet_value: value.join(SEPARATOR), change }
  })
  await sql`
    insert into search_facet_count (currency, in_stock, facet_value, docs)
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as f(currency text, in_stock boolean, facet_value text, change integer)
    order by 1, 2, 3
    on conflict (currency, in_stock, facet_value) do update set docs = search_facet_count.docs + excluded.docs`.execute(tx)
  await sql`delete from search_facet_count where docs <= 0`.execute(tx)
}

/** Every count afresh from the whole index (after a rebuild). */
export async function recount(tx: Db): Promise<void> {
  await sql`delete from search_term`.execute(tx)
  // Counted here, keyed in JavaScript: plural folding lives in one place (plural.ts).
  const terms = await sql<{ term: string; docs: number }>`
    select term, count(*)::int as docs from search_document_terms, unnest(terms) as term group by term`.execute(tx)
  await addTerms(tx, new Map(terms.rows.map((row) => [row.term, row.docs])))
  await sql`delete from search_facet_count`.execute(tx)
  await sql`
    insert into search_facet_count (currency, in_stock, facet_value, docs)
    select p.currency, p.in_stock, v.value, count(*)
    from search_price p join search_document d on d.product_id = p.product_id,
      unnest(
        array['total']
        || case when d.brand is null then '{}'::text[] else array['brand' || chr(31) || d.brand] end
        || array(select 'category' || chr(31) || c from unnest(d.category_ids) as c)
        || array(select 'attribute' || chr(31) || a from unnest(d.attribute_values) as a)
      ) as v(value)
    group by 1, 2, 3`.execute(tx)
  await sql`delete from search_label`.execute(tx)
  // A category gets a label only from documents that pair every id with a name (labelsOf).
  const labels = await sql<Label & { change: number }>`
    select 'brand' as kind, brand as id, brand as label, count(*)::int as change
    from search_document where btrim(brand) <> '' group by brand
    union all
    select 'category', c.id, max(c.name), count(*)::int
    from search_document d, unnest(d.category_ids, d.category_names) as c(id, name)
    where cardinality(d.category_ids) = cardinality(d.category_names)
    group by c.id`.execute(tx)
  await addLabels(tx, labels.rows)
}
