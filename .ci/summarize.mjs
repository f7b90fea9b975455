// Prints how many tests ran on each backend, then the closing "N passed, N failed" line.
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const label = file.includes('embedded') ? 'PGlite + in-process' : 'PostgreSQL + Redis'
  console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`)
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed > 0 ? 1 : 0
