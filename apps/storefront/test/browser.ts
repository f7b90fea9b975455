import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from './harness.js'

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
}

/** A full-page screenshot under test/screenshots/<name>-<viewport>.png, for people to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const size = page.viewportSize()
  const label = size && size.width < 600 ? 'phone' : 'desktop'
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true })
}

/** Errors the page threw or logged: a page that works has none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}
