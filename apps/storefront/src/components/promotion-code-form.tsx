'use client'

import { useActionState } from 'react'
import { applyPromotionCode, type ActionResult } from '@/actions/cart'

export function PromotionCodeForm({ code, rejection }: { code: string | null; rejection: string | null }) {
  const [result, submit, pending] = useActionState<ActionResult | null, FormData>(applyPromotionCode, null)
  return (
    <form action={submit} className="space-y-2">
      <label htmlFor="promotion-code" className="block text-sm font-semibold">
        Promotion code
      </label>
      <div className="flex gap-2">
        <input
          id="promotion-code"
          name="code"
          defaultValue={code ?? ''}
          autoComplete="off"
          aria-describedby="promotion-code-status"
          className="flex-1 rounded-md border border-line px-3 py-2 uppercase"
        />
        <button type="submit" disabled={pending} className="rounded-md border border-ink px-3 py-2 text-sm font-semibold">
          Apply
        </button>
      </div>
      <p id="promotion-code-status" role="status" className="text-sm">
        {result?.ok === false ? (
          <span className="text-danger">{result.error.errors?.[0]?.detail ?? result.error.detail ?? result.error.title}</span>
        ) : rejection ? (
          <span className="text-danger">{rejection}</span>
        ) : code ? (
          <span className="text-ok">Code {code} applied.</span>
        ) : null}
      </p>
    </form>
  )
}
