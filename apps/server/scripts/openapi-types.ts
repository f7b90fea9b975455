import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { loadConfig } from '../src/config.js'
import { buildApp, buildServices } from '../src/app.js'
import { openDatabase } from '../src/platform/db/database.js'

const HEADER = '// Generated from the API’s OpenAPI document by apps/server/scripts/write-openapi-types.ts. Do not edit.\n\n'

/** Turns an OpenAPI document into the SDK's TypeScript types. */
export async function typesFromDocument(document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0])
  return HEADER + astToString(ast)
}

/** Builds the app in memory (no database files, no port) and turns its OpenAPI document into TypeScript types. */
export async function openApiTypes(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'shopstack-openapi-')) })
  const services = await buildServices(config, { database: await openDatabase({ kind: 'pglite' }) })
  const app = await buildApp(services)
  await app.ready()
  const document = app.swagger()
  await app.close()
  await services.close()
  return typesFromDocument(document)
}
