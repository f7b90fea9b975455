import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { PromotionTables } from './tables.js'

type Insert = Omit<PromotionTables['promotion'], 'usage_count' | 'active' | 'created_at' | 'updated_at' | 'rule'> & {
  rule: string
  active?: boolean
}

export function createPromotionRepo(db: Db) {
  return {
    db,
    find: (id: string, tx: Db = db) => tx.selectFrom('promotion').selectAll().where('id', '=', id).executeTakeFirst(),

    findByCode: (code: string, tx: Db = db) =>
      tx
        .selectFrom('promotion')
        .selectAll()
        .where(sql<string>`upper(code)`, '=', code.trim().toUpperCase())
        .executeTakeFirst(),

    insert: (row: Insert, tx: Db = db) => tx.insertInto('promotion').values(row).execute(),

    update: (id: string, row: Partial<Insert>, tx: Db = db) =>
      tx
        .updateTable('promotion')
        .set({ ...row, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),

    list: (filters: { active?: boolean; code?: string }, limit: number, before: string | undefined) =>
      db
        .selectFrom('promotion')
        .selectAll()
        .$if(filters.active !== undefined, (q) => q.where('active', '=', filters.active!))
        .$if(!!filters.code, (q) => q.where(sql<string>`upper(code)`, 'like', `${filters.code!.toUpperCase().replace(/[%_\\]/g, '\\$&')}%`))
        .$if(before !== undefined, (q) => q.where('id', '<', before!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute(),

    /** The automatic promotions live for a currency, and the one whose code was entered. */
    applicable: (currency: string, code: string | null, tx: Db = db) =>
      tx
        .selectFrom('promotion')
        .selectAll()
        .where('active', '=', true)
        .where((eb) => eb.or([eb('usage_limit', 'is', null), eb('usage_count', '<', eb.ref('usage_limit'))]))
        .where((eb) => eb.or([eb('currency', 'is', null), eb('currency', '=', currency)]))
        .where((eb) =>
          code === null
            ? eb('code', 'is', null)
            : eb.or([eb('code', 'is', null), eb(sql<string>`upper(code)`, '=', code.trim().toUpperCase())]),
        )
        .orderBy('created_at')
        .orderBy('id')
        .execute(),

    /** Counts one use, unless the limit is reached: the row lock makes racing checkouts take turns. */
    countUse: async (id: string, tx: Db) =>
      (
        await sql<{ id: string }>`
          update promotion set usage_count = usage_count + 1
          where id = ${id} and (usage_limit is null or usage_count < usage_limit)
          returning id`.execute(tx)
      ).rows.length === 1,

    /** Uses of a promotion whose shopper key or order-email key is any of one shopper's keys. */
    usesBy: async (id: string, keys: string[], tx: Db) =>
      Number(
        (
          await tx
            .selectFrom('promotion_usage')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('promotion_id', '=', id)
            .where((eb) => eb.or([eb('shopper_key', 'in', keys), eb('email_key', 'in', keys)]))
            .executeTakeFirstOrThrow()
        ).n,
      ),

    recordUse: (
      row: { promotion_id: string; order_id: string; shopper_key: string | null; email_key: string | null; amount: number },
      tx: Db,
    ) => tx.insertInto('promotion_usage').values(row).execute(),

    usesByShoppers: (shopperKeys: string[], tx: Db = db) =>
      tx
        .selectFrom('promotion_usage')
        .innerJoin('promotion', 'promotion.id', 'promotion_usage.promotion_id')
        .select([
          'promotion_usage.promotion_id',
          'promotion_usage.order_id',
          'promotion_usage.amount',
          'promotion_usage.created_at',
          'promotion.name',
          'promotion.code',
        ])
        .where('promotion_usage.shopper_key', 'in', shopperKeys)
        .orderBy('promotion_usage.created_at')
        .orderBy('promotion_usage.order_id')
        .execute(),

    /**
     * The person's own uses lose both keys; uses of other shoppers that carry `emailKey` (an account
     * that typed the person's email into its order) lose that one only. Returns how many uses changed.
     */
    forgetShoppers: async (shopperKeys: string[], emailKey: string | null, tx: Db) => {
      const own = await tx
        .updateTable('promotion_usage')
        .set({ shopper_key: null, email_key: null })
        .where('shopper_key', 'in', shopperKeys)
        .returning('order_id')
        .execute()
      const others = emailKey
        ? await tx.updateTable('promotion_usage').set({ email_key: null }).where('email_key', '=', emailKey).returning('order_id').execute()
        : []
      return own.length + others.length
    },

    /** Gives a use back when the order that used it is cancelled before it was paid. */
    returnUse: async (orderId: string, tx: Db) => {
      const uses = await tx.deleteFrom('promotion_usage').where('order_id', '=', orderId).returning('promotion_id').execute()
      for (const use of uses)
        await tx
          .updateTable('promotion')
          .set((eb) => ({ usage_count: eb('usage_count', '-', 1) }))
          .where('id', '=', use.promotion_id)
          .execute()
    },
  }
}

export type PromotionRepo = ReturnType<typeof createPromotionRepo>
