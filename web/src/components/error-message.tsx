import { ApiError } from '../api.ts'

/** An error for people: the API's message, and its code for anyone reporting it. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  const code = error instanceof ApiError ? error.code : null
  return (
    <p class="error" role="alert">
      {message}
      {code ? <span class="note"> ({code})</span> : null}
    </p>
  )
}
