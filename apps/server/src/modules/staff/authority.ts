import type { Actor, SessionRecord } from '../../platform/auth/actor.js'

/** What the HTTP layer needs from staff to know who is calling. */
export interface StaffAuthority {
  actorForSession(session: SessionRecord): Promise<Actor | null>
  actorForToken(secret: string): Promise<Actor | null>
}
