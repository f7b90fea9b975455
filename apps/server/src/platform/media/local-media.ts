import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const IMAGE_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
}

/** The media port: files under a local folder served at /media. Names are content hashes, so URLs never change meaning. */
export interface MediaStore {
  put(bytes: Buffer, contentType: string): Promise<{ url: string; bytes: number }>
}

export function createLocalMedia(dir: string): MediaStore {
  return {
    async put(bytes, contentType) {
      const extension = IMAGE_TYPES[contentType]
      if (!extension) throw new Error(`unsupported media type ${contentType}`)
      const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${extension}`
      await mkdir(join(dir, 'uploads'), { recursive: true })
      await writeFile(join(dir, 'uploads', name), bytes)
      return { url: `/media/uploads/${name}`, bytes: bytes.length }
    },
  }
}
