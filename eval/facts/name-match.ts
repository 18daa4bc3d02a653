/**
 * Reduces a name to what a comparison should look at: no accents, lower case, no possessive 's,
 * punctuation as spaces, no leading "the".
 *
 * @example
 * normalizeName("the Ministry of Finance's") // 'ministry of finance'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
}

/**
 * Whether two names refer to the same entity by string: equal after normalisation, or, when
 * `surname` is set (names of people), one is the last words of the other ("Tamm" and "Liis Tamm",
 * "Liis Tamm" and "Defence Minister Liis Tamm").
 */
export function namesMatch(a: string, b: string, { surname = false }: { surname?: boolean } = {}): boolean {
  const na = normalizeName(a)
  const nb = normalizeName(b)
  if (!na || !nb) return false
  if (na === nb) return true
  if (!surname) return false
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na]
  return long.endsWith(' ' + short)
}

/** Whether any name of one list matches any name of the other. */
export function anyNameMatches(gold: readonly string[], predicted: readonly string[], options: { surname?: boolean } = {}): boolean {
  return gold.some((g) => predicted.some((p) => namesMatch(g, p, options)))
}

/**
 * Whether a predicted speaker or actor names nobody in particular: a description headed by a common noun
 * ("a hospital official", "The government", "Chinese foreign ministry spokesperson"), whose last word
 * does not start with a capital.
 */
export function namesNobody(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? ''
  return !/^\P{L}*\p{Lu}/u.test(last)
}
