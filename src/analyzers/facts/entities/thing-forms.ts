import type { DocumentWords } from './document-words.ts'
import type { ThingName } from './thing-names.ts'
import { COMMON_WORD } from './word-facts.ts'

/** Another form of a named thing found in the document: tokens `start`..`end`, and the thing it names. */
export interface ThingForm {
  start: number
  end: number
  /** index into the things given to {@link thingForms} */
  thing: number
}

// Words that open an exercise's or an operation's name, dropped in its short form.
const OPENERS = new Set(['Exercise', 'Operation', 'Ex', 'Op'])

/**
 * The shorter forms a document uses for the ships, weapons and exercises it names, read anywhere
 * in it: an exercise's or an operation's name without "Exercise" or "Operation" and its year
 * ("Kamandag Shield" after "Exercise Kamandag Shield", "Pitch Black" after "Exercise Pitch Black
 * 2026"; a single word only when it is no ordinary English word: "Cabrit", not "Unity"), and the
 * plural of a one-word weapon's name ("Wildcats" after "Wildcat helicopters"). `free` says whether
 * no mention holds the tokens yet.
 */
export function thingForms(doc: DocumentWords, things: readonly ThingName[], free: (start: number, end: number) => boolean): ThingForm[] {
  const { tokens } = doc
  const forms = new Map<string, { words: string[]; thing: number }>()
  things.forEach((t, thing) => {
    if (t.chars) return
    if (OPENERS.has(tokens[t.start].text)) {
      let end = t.end
      if (tokens[end - 1].kind === 'number') end--
      const words = tokens.slice(t.start + 1, end).map((x) => x.text)
      if (words.length === 0 || (words.length === 1 && doc.facts[t.start + 1] & COMMON_WORD)) return
      forms.set(words.join(' '), { words, thing })
    } else if (t.end - t.start === 1 && tokens[t.start].kind === 'word' && !tokens[t.start].text.endsWith('s')) {
      const plural = tokens[t.start].text + 's'
      forms.set(plural, { words: [plural], thing })
    }
  })
  if (forms.size === 0) return []
  const firstWords = new Set([...forms.values()].map((f) => f.words[0]))
  const out: ThingForm[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !firstWords.has(tokens[i].text)) continue
    for (const { words, thing } of forms.values()) {
      if (words[0] !== tokens[i].text || i + words.length > tokens.length) continue
      let k = 1
      while (k < words.length && tokens[i + k].text === words[k] && tokens[i + k].spaceBefore) k++
      const end = i + words.length
      // The form alone: no capitalised word goes on after it ("Pitch Black Squadron" is another name).
      if (k < words.length || !free(i, end) || (end < tokens.length && tokens[end].kind === 'word' && doc.isCapitalised(end) && tokens[end].spaceBefore)) continue
      out.push({ start: i, end, thing })
      i = end - 1
      break
    }
  }
  return out
}
