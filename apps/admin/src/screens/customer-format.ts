import type { ResponseBody } from '@shopstack/sdk'

export type Customer = ResponseBody<'/admin/customers/{customerId}', 'get'>
export type Address = ResponseBody<'/admin/customers/{customerId}/addresses', 'get'>['items'][number]
export type Consents = ResponseBody<'/admin/customers/{customerId}/consents', 'get'>
export type Erasure = ResponseBody<'/admin/customers/{customerId}', 'delete'>

/** "Ada Lovelace", or null when the customer gave no name. */
export function customerName(customer: Pick<Customer, 'firstName' | 'lastName'>): string | null {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ')
  return name || null
}

/** An address as the lines of a label. */
export function addressLines(address: Address): string[] {
  return [
    `${address.firstName} ${address.lastName}`,
    address.company,
    address.line1,
    address.line2,
    [address.postalCode, address.city, address.region].filter(Boolean).join(' '),
    address.countryCode.toUpperCase(),
    address.phone,
  ].filter((line): line is string => !!line)
}

/** Saves a JSON document as a file, as the browser saves a download. */
export function downloadJson(fileName: string, document: unknown) {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName })
  window.document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the file to the browser; the object URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
