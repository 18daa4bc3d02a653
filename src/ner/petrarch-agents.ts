/**
 * Reads the generic agents of the PETRARCH agents dictionary (`Phoenix.agents.txt`, MIT licence):
 * lines `PHRASE {PLURALS} [~CODE]`, where words are joined by `_`, `!SET!` stands for each member of a
 * substitution set declared as `!SET! = A, B`, and regular plurals are implied. Returns the phrases
 * with spaces between words, singular and plural, upper case as in the file.
 *
 * @example
 * readPetrarchAgents('!PERSON! = MAN, MEN\nARMY [~MIL]\nPOLICE!PERSON! [~COP]\n')
 * // ['ARMY', 'ARMIES', 'POLICEMAN', 'POLICEMANS', 'POLICEMEN', 'POLICEMENS']
 */
export function readPetrarchAgents(text: string): string[] {
  const sets = new Map<string, string[]>()
  const phrases: string[] = []
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim()
    if (!line) continue
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line)
    if (set) {
      sets.set(set[1], set[2].split(',').map((w) => w.trim()).filter(Boolean))
      continue
    }
    const bracket = line.indexOf('[')
    if (bracket < 0) continue
    const head = line.slice(0, bracket)
    const braces = /\{([^}]*)\}/.exec(head)
    const forms = [head.replace(/\{[^}]*\}/, '')]
    if (braces) forms.push(...braces[1].split(/\s+/).filter(Boolean))
    for (const form of forms) {
      const words = form.trim().replace(/_+$/, '').split(/[_\s]+/).filter(Boolean).join(' ')
      if (!words) continue
      for (const expanded of expand(words, sets)) {
        phrases.push(expanded)
        if (!braces && !expanded.includes(' ')) phrases.push(plural(expanded))
      }
    }
  }
  return [...new Set(phrases)]
}

function expand(phrase: string, sets: ReadonlyMap<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(phrase)
  if (!match) return [phrase]
  const members = sets.get(match[0]) ?? []
  return members.flatMap((m) => expand(phrase.replace(match[0], m), sets))
}

function plural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES'
  if (/(S|SH|CH|X|Z)$/.test(word)) return word + 'ES'
  return word + 'S'
}
