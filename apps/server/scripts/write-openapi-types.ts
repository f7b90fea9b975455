// Regenerates packages/sdk/src/api-types.ts from the API's own OpenAPI document.
// Run after changing a route: npm run generate -w @shopstack/sdk
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openApiTypes } from './openapi-types.js'

const target = fileURLToPath(new URL('../../../packages/sdk/src/api-types.ts', import.meta.url))
writeFileSync(target, await openApiTypes())
console.log(`wrote ${target}`)
process.exit(0)
