import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { loadConfig } from '../apps/server/src/config.ts'
import { buildServices } from '../apps/server/src/app.ts'
import { migrate } from '../apps/server/src/platform/db/migrations.ts'
const services = await buildServices(loadConfig())
await migrate(services.database.db)
const db = services.database.db
const n = 2000
// variant_price-like flat: 40k rows
const rows = Array.from({ length: 40000 }, (_, i) => ({ variant_id: 'v' + i, currency: 'USD', amount: i, compare_at_amount: null }))
await sql`create table t1 (variant_id text not null, currency char(3) not null, amount bigint not null, compare_at_amount bigint, primary key (variant_id, currency))`.execute(db)
await sql`create table t2 (variant_id text not null, currency char(3) not null, amount bigint not null, compare_at_amount bigint, primary key (variant_id, currency))`.execute(db)
let t = performance.now()
await sql`insert into t1 select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(variant_id text, currency text, amount bigint, compare_at_amount bigint)`.execute(db)
console.log('json 40k', performance.now() - t)
t = performance.now()
await sql`insert into t2 select * from unnest(${rows.map(r=>r.variant_id)}::text[], ${rows.map(r=>r.currency)}::text[], ${rows.map(r=>r.amount)}::bigint[], ${rows.map(r=>r.compare_at_amount)}::bigint[])`.execute(db)
console.log('unnest 40k', performance.now() - t)
t = performance.now()
await sql`select count(*) from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(variant_id text, currency text, amount bigint, compare_at_amount bigint)`.execute(db)
console.log('json parse only 40k', performance.now() - t)
await services.close()
