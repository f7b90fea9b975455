/**
 * The cache port: strings in, strings out, every entry with a time to live.
 * In-process LRU on one machine; Redis when several API instances must share invalidations.
 */
export interface Cache {
  get(key: string): Promise<string | undefined>
  set(key: string, value: string, ttlMs: number): Promise<void>
  delete(...keys: string[]): Promise<void>
}
