import type { ProductInput } from '../schemas.js'
import { COLOURS, type Colour } from './colours.js'
import { slugify } from './handles.js'

export type ImageInput = NonNullable<ProductInput['images']>[number]

export const DEMO_MEDIA_PREFIX = '/media/demo/'

/**
 * Handles never contain "--", so "<handle>--<view>.svg" cannot collide with another
 * product's file, and the image writer can read the view (a colour, "detail") back.
 */
export const IMAGE_VIEW_SEPARATOR = '--'

const colourSlugs = new Map<string, string>(COLOURS.map((colour) => [colour.name, slugify(colour.name)]))

const imageUrl = (handle: string, view?: string) => `${DEMO_MEDIA_PREFIX}${view ? `${handle}${IMAGE_VIEW_SEPARATOR}${view}` : handle}.svg`

/** One shot per colour when there are colours (up to `count`), otherwise packshot, detail and in-use views. */
export function demoImages(handle: string, title: string, colours: readonly Colour[], count: number): ImageInput[] {
  if (colours.length > 0) {
    return colours
      .slice(0, count)
      .map((colour) => ({ url: imageUrl(handle, colourSlugs.get(colour.name)), alt: `${title} in ${colour.name}` }))
  }
  const views: ImageInput[] = [
    { url: imageUrl(handle), alt: title },
    { url: imageUrl(handle, 'detail'), alt: `Close-up detail of the ${title}` },
    { url: imageUrl(handle, 'in-use'), alt: `The ${title} in use` },
  ]
  return views.slice(0, count)
}
