import { tokenize } from '../text/tokenize.ts'
import { tokenKey } from './token-key.ts'

const PLAIN_ASCII = /^[A-Za-z0-9 ]+$/
const PLAIN = /^[\p{L}\p{N} ]+$/u

/** The gazetteer keys of a name, tokenised as the text tokenizer would tokenise it. */
export function nameKeys(name: string): string[] {
  if (PLAIN_ASCII.test(name)) return name.toLowerCase().split(' ').filter(Boolean)
  if (PLAIN.test(name)) return name.split(' ').filter(Boolean).map(tokenKey)
  return tokenize(name).map((t) => tokenKey(t.text))
}
