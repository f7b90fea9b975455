import { defineConfig } from 'vitest/config'

// One suite, two backends: with TEST_DATABASE_URL / TEST_REDIS_URL set, the same tests run on
// real PostgreSQL and Redis; without, on the embedded PGlite and in-process adapters.
export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    globalSetup: ['apps/server/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    // Browser suites poll the page for what the server and the browser do next: seconds on a busy machine, not one.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 120_000,
    // PGlite holds ~300 MB per open database; two workers fit the 2-core machine well.
    maxWorkers: 2,
  },
})
