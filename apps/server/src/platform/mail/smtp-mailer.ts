import type { Transporter } from 'nodemailer'
import type { Mailer } from './port.js'

export function createSmtpMailer(url: string, from: string): Mailer {
  // The SMTP library loads on the first message, not at start.
  let transport: Promise<Transporter> | undefined
  return {
    async send(message) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url))
      await (await transport).sendMail({ from, to: message.to, subject: message.subject, text: message.text })
    },
  }
}
