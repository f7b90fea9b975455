'use client'

import { useRef } from 'react'
import { chooseRegion } from '@/actions/region'

/**
 * A form that works without JavaScript (choose, then Apply); with it, choosing applies at once. The
 * action sends the shopper back to the page they were on (its Referer), so this renders the same on
 * the server as in the browser: nothing moves when the page hydrates.
 */
export function RegionSwitcher({ regions, current }: { regions: { id: string; name: string; currency: string }[]; current?: string }) {
  const form = useRef<HTMLFormElement>(null)
  if (regions.length < 2) return null
  return (
    <form ref={form} action={chooseRegion} className="flex items-center gap-2 text-sm">
      <label htmlFor="region">Region</label>
      <select
        id="region"
        name="regionId"
        defaultValue={current}
        onChange={() => form.current?.requestSubmit()}
        className="rounded-md border border-line px-2 py-1"
      >
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({r.currency})
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border border-line px-2 py-1">
          Apply
        </button>
      </noscript>
    </form>
  )
}
