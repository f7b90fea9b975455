import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IMAGE_TYPES, type MediaStore } from '../../platform/media/local-media.js'
import { imageSize } from 'image-size'
import { Problem } from '../../problems.js'

const MAX_IMAGE_BYTES = 10 * 1024 * 1024
/** What image-size calls each type we take. */
const SIZE_TYPE: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/avif': ['heif', 'avif'],
}

/** The picture's size, read from the bytes; undefined when they are not an image of the type claimed. */
function measure(bytes: Buffer, contentType: string): { width: number; height: number } | undefined {
  try {
    const size = imageSize(bytes)
    if (!size.type || !SIZE_TYPE[contentType]?.includes(size.type) || !size.width || !size.height) return undefined
    return { width: size.width, height: size.height }
  } catch {
    return undefined
  }
}

/** Image upload: the raw bytes with their image Content-Type; the answer is the URL to put on a product. */
export const mediaRoutes: FastifyPluginAsyncTypebox<{ media: MediaStore }> = async (app, { media }) => {
  // Inside this plugin only image bodies parse; anything else gets 415.
  app.removeAllContentTypeParsers()
  for (const type of Object.keys(IMAGE_TYPES))
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) => done(null, body))

  app.post(
    '/admin/media',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Upload an image (PNG, JPEG, WebP, GIF or AVIF, up to 10 MB)',
        consumes: Object.keys(IMAGE_TYPES),
        response: {
          201: Type.Object({
            url: Type.String(),
            bytes: Type.Integer(),
            width: Type.Integer({ description: 'Pixels: send with the URL on the product, so pages reserve the space' }),
            height: Type.Integer(),
          }),
        },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'media.upload', targetType: 'media' } },
    },
    async (req, reply) => {
      const type = req.headers['content-type']?.split(';')[0]?.trim() ?? ''
      if (!Buffer.isBuffer(req.body) || req.body.length === 0 || !IMAGE_TYPES[type])
        throw new Problem({
          type: 'unsupported-media-type',
          detail: `Send the image bytes with one of: ${Object.keys(IMAGE_TYPES).join(', ')}`,
        })
      // The bytes must be the picture the Content-Type claims: a mislabelled file is refused, not stored.
      const size = measure(req.body, type)
      if (!size) throw new Problem({ type: 'unsupported-media-type', detail: `The file is not a readable ${type} image` })
      const stored = await media.put(req.body, type)
      return reply.status(201).send({ ...stored, ...size })
    },
  )
}
