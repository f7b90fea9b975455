import type { ChangeFeed } from './changes.js'
import type { PaymentProvider } from './provider.js'
import type { PaymentRepo } from './repo.js'

/** The part of a pino logger payments use. */
export interface PaymentLog {
  error(obj: object, msg: string): void
}

/** What the payment use cases share; built once by the service. */
export interface PaymentContext {
  repo: PaymentRepo
  feed: ChangeFeed
  log: PaymentLog
  providers: Readonly<Record<string, PaymentProvider>>
  /** The provider a payment was made with; one missing from the configuration is a bug. */
  provider(name: string): PaymentProvider
}
