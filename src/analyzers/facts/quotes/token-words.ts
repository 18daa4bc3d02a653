import type { Token } from '../../../text/types.ts'

/**
 * A token's text in lower case; '' for no token. Words starting with a lower-case ASCII letter are
 * returned as they are, which spares an allocation for most words.
 */
export function lowerOf(t: Token | undefined): string {
  if (!t) return ''
  const c = t.text.charCodeAt(0)
  return c >= 97 && c <= 122 ? t.text : t.text.toLowerCase()
}
