import { useEffect, useState } from 'preact/hooks'
import { getJson } from '../api.ts'

/** The state of one GET: loading, its data, or its error. */
export interface Loaded<T> {
  data: T | null
  error: unknown
  loading: boolean
}

/**
 * GETs `path` (again whenever it changes; nothing when it is null) and keeps the latest answer;
 * an answer to an older path is dropped.
 */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null })
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false })
      return
    }
    const controller = new AbortController()
    setState((s) => ({ data: s.data, error: null, loading: true }))
    getJson<T>(path, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error, loading: false })
      },
    )
    return () => controller.abort()
  }, [path])
  return state
}
