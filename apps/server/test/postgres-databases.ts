import pg from 'pg'

/** Creates an empty database (or a clone of `template`) on the server `adminUrl` points at; returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  await client.query(`create database ${name}${template ? ` template ${template}` : ''}`)
  await client.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Drops a test database. Closed pool connections may still be saying goodbye; forcing them off
 * mid-close surfaces as an unhandled 57P01 in the closing client, so wait for them to leave first.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  for (let i = 0; i < 100; i++) {
    const open = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
    if (open.rows[0]!.n === 0) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await client.query(`drop database if exists ${name} with (force)`)
  await client.end()
}
