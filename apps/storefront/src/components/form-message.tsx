import type { FormResult } from '@/actions/account'

/** The outcome of a form: the API's message, or what went right; announced to screen readers. */
export function FormMessage({ result }: { result: FormResult }) {
  return (
    <div role="status" className="min-h-[1.25rem] text-sm">
      {result?.ok === false && (
        <p className="text-danger">
          {result.error.detail ?? result.error.title}
          {result.error.errors?.map((e) => (
            <span key={e.pointer} className="block">
              {e.pointer.split('/').at(-1)}: {e.detail}
            </span>
          ))}
        </p>
      )}
      {result?.ok === true && result.message && <p className="text-ok">{result.message}</p>}
    </div>
  )
}
