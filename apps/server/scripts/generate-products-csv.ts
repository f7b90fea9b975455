// Writes a Shopify product CSV from the demo generator, for trying and measuring imports:
//   node --import tsx apps/server/scripts/generate-products-csv.ts --rows 50000 --out /tmp/products.csv
import { createWriteStream } from 'node:fs'
import { parseArgs } from '../src/cli-args.js'
import { demoProducts } from '../src/modules/catalog/demo/generate-demo-catalog.js'
import { writeProductCsv } from '../src/modules/catalog/csv/write-products.js'

const { flags } = parseArgs(process.argv.slice(2))
const targetRows = Number(flags.rows ?? 50_000)
const out = String(flags.out ?? 'products.csv')

/** Products until the file reaches the wanted row count (a product takes one row per variant or image). */
async function* untilRows() {
  let rows = 0
  for (const product of demoProducts(Number.MAX_SAFE_INTEGER, Number(flags.seed ?? 7))) {
    // Categories and collections are not CSV columns.
    const { categoryHandles: _c, collectionHandles: _k, attributes: _a, ...csvProduct } = product
    rows += Math.max(product.variants.length, product.images?.length ?? 0)
    yield csvProduct
    if (rows >= targetRows) return
  }
}

const written = await writeProductCsv(untilRows(), createWriteStream(out))
console.log(`wrote ${written} rows to ${out}`)
