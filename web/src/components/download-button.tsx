import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { ApiError, download } from '../api.ts'

/** A button that downloads a file from the API, sending the token when there is one. */
export function DownloadButton({ path, filename, children }: { path: string; filename: string; children: ComponentChildren }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  return (
    <>
      <button
        type="button"
        class="link"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          setError(null)
          try {
            await download(path, filename)
          } catch (e) {
            setError(e)
          } finally {
            setBusy(false)
          }
        }}
      >
        {children}
      </button>
      {error ? (
        <span class="error inline" role="alert">
          {error instanceof Error ? error.message : String(error)}
          {error instanceof ApiError ? ` (${error.code})` : ''}
        </span>
      ) : null}
    </>
  )
}
