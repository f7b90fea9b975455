import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import type { Services } from '../../app.js'
import { Problem } from '../../problems.js'

/** `shopstack import products FILE.csv`: prints progress, then what changed; exit code 1 on a bad file. */
export async function runImportCommand(services: Services, file: string, currency: string): Promise<number> {
  if (!existsSync(file)) throw new Error(`no such file: ${file}`)
  const started = Date.now()
  try {
    const result = await services.imports.importProducts(() => createReadStream(file), {
      currency,
      onProgress: (done, total) => {
        if (done === total || done % 1000 < 100) process.stdout.write(`imported ${done}/${total} products\n`)
      },
    })
    console.log(
      `${result.rows} rows, ${result.products} products: ${result.created} created, ${result.updated} updated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    return 0
  } catch (error) {
    if (!(error instanceof Problem) || !error.errors) throw error
    console.error(`${error.detail}\nNothing was imported.`)
    for (const e of error.errors.slice(0, 50)) console.error(`  ${e.pointer}: ${e.detail}`)
    return 1
  }
}

/** `shopstack export products [FILE.csv]`: writes to the file, or to standard output. */
export async function runExportCommand(services: Services, file: string | undefined, currency: string) {
  const out = file ? createWriteStream(file) : process.stdout
  const rows = await services.imports.exportProducts(out, currency)
  if (file) console.log(`wrote ${rows} rows to ${file}`)
}
