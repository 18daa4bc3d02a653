import { useState } from 'preact/hooks'
import { setStoredToken, storedToken } from '../api.ts'

/** Where a user gives the API token this server asks for; it is kept in this browser only. */
export function TokenForm({ reason, onDone }: { reason: string | null; onDone: () => void }) {
  const [value, setValue] = useState('')
  const has = storedToken() !== null
  return (
    <form
      class="token-form"
      aria-label="API token"
      onSubmit={(e) => {
        e.preventDefault()
        setStoredToken(value.trim() || null)
        setValue('')
        onDone()
      }}
    >
      {reason ? <p class="note">{reason}</p> : null}
      <label class="field">
        <span>API token</span>
        <input name="token" type="password" autoComplete="off" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} placeholder="unspun_…" />
      </label>
      <button type="submit" class="primary">
        Use token
      </button>
      {has ? (
        <button
          type="button"
          onClick={() => {
            setStoredToken(null)
            onDone()
          }}
        >
          Forget token
        </button>
      ) : null}
      <p class="note">
        Create one on the server with <code>unspun token create --scope read</code> (or <code>write</code> to add documents).
      </p>
    </form>
  )
}
