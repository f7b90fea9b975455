import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderDemoSvg } from './demo-svg.js'
import { DEMO_MEDIA_PREFIX, IMAGE_VIEW_SEPARATOR } from './product-images.js'

export interface DemoImageSource {
  handle: string
  title: string
  /** Optional: picks a better silhouette than the title alone. */
  productType?: string | null
  images?: { url: string }[]
}

export interface WriteDemoImagesResult {
  written: number
  skipped: number
}

/** Only plain file names: a URL can never point outside the demo folder. */
const SAFE_FILE_NAME = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*\.svg$/
/** Enough parallel writes to be quick without exhausting file descriptors. */
const WRITE_BATCH = 64

async function writeIfMissing(path: string, contents: string): Promise<boolean> {
  try {
    await writeFile(path, contents, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/**
 * Draws every /media/demo/*.svg the products reference into <mediaDir>/demo/. Offline by
 * design: nothing is downloaded. Existing files are left alone, so re-seeding is cheap and
 * a replaced image survives.
 */
export async function writeDemoImages(mediaDir: string, products: Iterable<DemoImageSource>): Promise<WriteDemoImagesResult> {
  const folder = join(mediaDir, 'demo')
  await mkdir(folder, { recursive: true })
  const result: WriteDemoImagesResult = { written: 0, skipped: 0 }
  const seen = new Set<string>()
  let pending: Promise<boolean>[] = []
  const settle = async () => {
    for (const wrote of await Promise.all(pending)) {
      if (wrote) result.written++
      else result.skipped++
    }
    pending = []
  }

  for (const product of products) {
    for (const image of product.images ?? []) {
      if (!image.url.startsWith(DEMO_MEDIA_PREFIX)) continue
      const fileName = image.url.slice(DEMO_MEDIA_PREFIX.length)
      if (!SAFE_FILE_NAME.test(fileName) || seen.has(fileName)) continue
      seen.add(fileName)
      const stem = fileName.slice(0, -'.svg'.length)
      const separatorAt = stem.indexOf(IMAGE_VIEW_SEPARATOR)
      const view = separatorAt === -1 ? undefined : stem.slice(separatorAt + IMAGE_VIEW_SEPARATOR.length)
      const svg = renderDemoSvg({ handle: product.handle, title: product.title, productType: product.productType, view })
      pending.push(writeIfMissing(join(folder, fileName), svg))
      if (pending.length >= WRITE_BATCH) await settle()
    }
  }
  await settle()
  return result
}
