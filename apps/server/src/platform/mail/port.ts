export interface MailMessage {
  to: string
  subject: string
  text: string
}

export interface StoredMail extends MailMessage {
  id: string
  from: string
  sentAt: string
}

/** Outgoing mail: the dev mailbox folder by default, SMTP when SMTP_URL is set. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}
