import { useEffect, useState } from 'preact/hooks'

/** Where the app is: a path such as /documents/abc and its query parameters, read from the URL hash. */
export interface Route {
  path: string
  segments: string[]
  query: URLSearchParams
}

function readRoute(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/'
  const [rawPath, rawQuery = ''] = hash.split('?', 2)
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  const segments = path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  })
  return { path, segments, query: new URLSearchParams(rawQuery) }
}

/** The current route; re-renders on every hash change. Hash routing keeps the app one static page. */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute)
  useEffect(() => {
    const update = () => setRoute(readRoute())
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return route
}

/** The href of an app location, e.g. href(['documents', id]) or href(['corpus'], { q: 'troops' }). */
export function href(segments: readonly string[], query: Record<string, string | undefined> = {}): string {
  const path = segments.map((s) => encodeURIComponent(s)).join('/')
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v)
  const q = params.toString()
  return `#/${path}${q ? `?${q}` : ''}`
}

/** Goes to an app location. */
export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '')
}
