import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newId } from '../ids.js'
import type { Mailer, StoredMail } from './port.js'

/** Writes each message as a JSON file, so a developer can read password-reset mail without a mail server. */
export function createDevMailbox(
  dir: string,
  from: string,
): Mailer & { list(limit: number): Promise<StoredMail[]>; forget(address: string): Promise<number> } {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true })
      const mail: StoredMail = { id: newId('mail'), from, sentAt: new Date().toISOString(), ...message }
      await writeFile(join(dir, `${mail.id}.json`), JSON.stringify(mail, null, 2))
    },
    async list(limit) {
      const files = await readdir(dir).catch(() => [] as string[])
      // Ids sort by time, so the newest are last.
      const newest = files
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
        .slice(0, limit)
      return Promise.all(newest.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as StoredMail))
    },
    /** Erasure: deletes every message addressed to `address` (any case); returns how many. */
    async forget(address) {
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'))
      let deleted = 0
      for (const file of files) {
        const mail = JSON.parse(await readFile(join(dir, file), 'utf8')) as StoredMail
        if (mail.to.trim().toLowerCase() !== address.trim().toLowerCase()) continue
        await rm(join(dir, file), { force: true })
        deleted++
      }
      return deleted
    },
  }
}
