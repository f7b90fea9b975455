import { Problem } from '../../../problems.js'
import type { ProductInput } from '../schemas.js'
import { groupProductRows, type CsvProblem, type CsvStats } from './group-products.js'
import { CsvSyntaxError } from './records.js'

export type { CsvProblem } from './group-products.js'

export interface ProductCsvReport {
  /** Data rows in the file (the header and blank lines not counted). */
  rows: number
  /** Distinct handles. */
  products: number
  /** At most `maxErrors`, in file order. */
  errors: CsvProblem[]
  /** Every error found, including those beyond `maxErrors`. */
  errorCount: number
}

/**
 * Checks a whole product CSV without building the catalogue in memory, and reports every bad cell by
 * line and column so the merchant can fix the file in one round. `open` is called once; it is a
 * function so the same file can be opened again for readProductCsv.
 */
export async function validateProductCsv(
  open: () => NodeJS.ReadableStream,
  options: { currency?: string; maxErrors?: number } = {},
): Promise<ProductCsvReport> {
  const maxErrors = options.maxErrors ?? 1000
  const stats: CsvStats = { rows: 0, products: 0 }
  const errors: CsvProblem[] = []
  let errorCount = 0
  const note = (problem: CsvProblem) => {
    errorCount++
    if (errors.length < maxErrors) errors.push(problem)
  }
  try {
    for await (const item of groupProductRows(open, options.currency ?? 'USD', stats)) {
      if (item.kind === 'problem') note(item.problem)
    }
  } catch (error) {
    // Broken quoting ends the pass: the rest of the file cannot be split into fields reliably.
    if (!(error instanceof CsvSyntaxError)) throw error
    note({ line: error.line, column: '', message: error.message })
  }
  return { rows: stats.rows, products: stats.products, errors, errorCount }
}

/**
 * Yields one ProductInput per handle, in file order, holding only the current product's rows.
 * Body (HTML) is passed through unsanitised. A column missing from the header leaves its field out
 * (so an import can leave it alone); a column present but empty gives null for nullable fields.
 *
 * Run validateProductCsv first: this throws an `import-invalid` Problem at the first bad row, by which
 * time the products before it have been yielded.
 */
export async function* readProductCsv(
  open: () => NodeJS.ReadableStream,
  options: { currency?: string } = {},
): AsyncGenerator<{ line: number; product: ProductInput }> {
  const stats: CsvStats = { rows: 0, products: 0 }
  try {
    for await (const item of groupProductRows(open, options.currency ?? 'USD', stats)) {
      if (item.kind === 'problem') throw productCsvProblem([item.problem])
      yield { line: item.line, product: item.product }
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw productCsvProblem([{ line: error.line, column: '', message: error.message }])
    throw error
  }
}

/**
 * The `import-invalid` Problem for a report's errors. Each error's pointer is
 * `/lines/<line>/<column>` (a JSON Pointer, so `~` and `/` in a column name are escaped).
 */
export function productCsvProblem(errors: CsvProblem[], errorCount = errors.length): Problem {
  const first = errors[0]
  const where = first ? `; the first is on line ${first.line}${first.column ? ` (${first.column})` : ''}: ${first.message}` : ''
  return new Problem({
    type: 'import-invalid',
    detail: `The product CSV has ${errorCount} error${errorCount === 1 ? '' : 's'}${where}`,
    errors: errors.map(({ line, column, message }) => ({
      pointer: `/lines/${line}${column ? `/${column.replaceAll('~', '~0').replaceAll('/', '~1')}` : ''}`,
      detail: message,
    })),
  })
}
