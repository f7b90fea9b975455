/** A request body as Stripe reads it: nested objects and lists in bracket notation. */
export type FormValue = string | number | boolean | undefined | FormValue[] | { [key: string]: FormValue }
export type FormParams = Record<string, FormValue>

/**
 * Encodes parameters the way Stripe's API expects them (application/x-www-form-urlencoded, with
 * `metadata[payment_id]=…` for objects and `expand[0]=…` for lists). Undefined values are left out.
 */
export function formEncode(params: FormParams): string {
  const form = new URLSearchParams()
  const add = (key: string, value: FormValue) => {
    if (value === undefined) return
    if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item))
    else if (typeof value === 'object') for (const [name, item] of Object.entries(value)) add(`${key}[${name}]`, item)
    else form.append(key, String(value))
  }
  for (const [key, value] of Object.entries(params)) add(key, value)
  return form.toString()
}
