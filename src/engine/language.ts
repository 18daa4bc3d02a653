import { isLetterCodePoint } from '../text/chars.ts'

// Small stop-word profiles: enough to tell English from the languages press releases most often come in.
const PROFILES: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'by', 'as', 'are', 'it', 'this', 'be', 'from', 'has', 'have', 'will', 'said', 'which', 'at', 'were'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'dans', 'pour', 'qui', 'sur', 'pas', 'au', 'avec', 'sont', 'par', 'ce', 'nous', 'ont', 'aux', 'été'],
  de: ['der', 'die', 'und', 'das', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'nicht', 'auf', 'ein', 'eine', 'für', 'im', 'dem', 'auch', 'es', 'wird', 'werden', 'wir', 'bei'],
  es: ['el', 'la', 'de', 'que', 'y', 'los', 'en', 'las', 'del', 'por', 'un', 'una', 'para', 'con', 'no', 'es', 'se', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'su'],
  it: ['il', 'di', 'che', 'la', 'e', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'le', 'nel', 'alla', 'dei', 'è', 'anche', 'come', 'più', 'ha', 'si'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'os', 'as', 'dos', 'das', 'no', 'na', 'por', 'mais', 'se', 'foi', 'ao'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'op', 'dat', 'te', 'zijn', 'voor', 'met', 'niet', 'die', 'aan', 'er', 'ook', 'als', 'bij', 'wordt', 'worden', 'door', 'naar'],
  pl: ['i', 'w', 'z', 'na', 'się', 'nie', 'do', 'że', 'jest', 'od', 'po', 'przez', 'dla', 'oraz', 'jak', 'są', 'był', 'była', 'będzie', 'także', 'który', 'która', 'które', 'roku'],
  uk: ['і', 'та', 'що', 'не', 'на', 'в', 'у', 'з', 'до', 'для', 'це', 'як', 'від', 'також', 'його', 'ми', 'вони', 'був', 'була', 'були', 'буде', 'україни', 'щодо', 'є'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'к', 'о', 'для', 'от', 'за', 'также', 'его', 'мы', 'они', 'был', 'была', 'были', 'будет', 'россии'],
}
const LANGUAGES = Object.keys(PROFILES)

/** A stop word and the languages (indexes into LANGUAGES, in profile order) it belongs to. */
interface StopWord {
  word: string
  languages: number[]
}

/** Hash of the code units `text[start..end)`; stop words are found by it without cutting out each word. */
function spanHash(text: string, start: number, end: number): number {
  let h = 0
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0
  return h
}

const STOP_WORDS: StopWord[] = []
let longestStopWord = 0
LANGUAGES.forEach((lang, l) => {
  for (const word of PROFILES[lang]) {
    const entry = STOP_WORDS.find((e) => e.word === word)
    if (entry) entry.languages.push(l)
    else STOP_WORDS.push({ word, languages: [l] })
    longestStopWord = Math.max(longestStopWord, word.length)
  }
})

// An open-addressing table of the stop words by hash, at most a quarter full: per slot the index of
// a stop word (-1 when free) and its hash.
const SLOTS = 1024
const slotWords = new Int32Array(SLOTS).fill(-1)
const slotHashes = new Int32Array(SLOTS)
STOP_WORDS.forEach((entry, index) => {
  const h = spanHash(entry.word, 0, entry.word.length)
  let slot = h & (SLOTS - 1)
  while (slotWords[slot] !== -1) slot = (slot + 1) & (SLOTS - 1)
  slotWords[slot] = index
  slotHashes[slot] = h
})

/** True when `text[start..end)` spells `word`. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The stop word spelled by `text[start..end)`, if any. */
function stopWordAt(text: string, start: number, end: number): StopWord | undefined {
  if (end - start > longestStopWord) return undefined
  const h = spanHash(text, start, end)
  for (let slot = h & (SLOTS - 1); slotWords[slot] !== -1; slot = (slot + 1) & (SLOTS - 1)) {
    if (slotHashes[slot] === h && spells(text, start, end, STOP_WORDS[slotWords[slot]].word)) return STOP_WORDS[slotWords[slot]]
  }
  return undefined
}

/** End of the run of letters (`\p{L}`, by code point) that starts at `i`; `i` itself when none does. */
function letterRunEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return i
      i++
      continue
    }
    const cp = text.codePointAt(i) ?? 0
    if (!isLetterCodePoint(cp)) return i
    i += cp > 0xffff ? 2 : 1
  }
  return i
}

/**
 * Guesses the language of a text from stop words in its first 5,000 characters (some 800 words,
 * far more than stop-word counting needs).
 * Returns an ISO 639-1 code, 'und' when there is too little text to tell, or the script's
 * language family for texts with no Latin or Cyrillic letters ('zh', 'ar', 'ja', 'ko', 'he', 'el').
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text
  const lower = sample.toLowerCase()
  const counts = new Array<number>(LANGUAGES.length).fill(0)
  // Languages in the order of their first stop word: on a tie, the language seen first wins.
  const seen: number[] = []
  let words = 0
  for (let i = 0; i < lower.length; ) {
    const end = letterRunEnd(lower, i)
    if (end === i) {
      i++
      continue
    }
    words++
    const stop = stopWordAt(lower, i, end)
    if (stop) {
      for (const l of stop.languages) {
        if (counts[l] === 0) seen.push(l)
        counts[l]++
      }
    }
    i = end
  }
  if (words === 0) return 'und'
  let best = -1
  let bestCount = 0
  for (const l of seen) if (counts[l] > bestCount) [best, bestCount] = [l, counts[l]]
  let second = 0
  for (const l of seen) if (l !== best && counts[l] > second) second = counts[l]
  const bestLanguage = best === -1 ? 'und' : LANGUAGES[best]
  if (bestCount >= 2 && bestCount / words > 0.05 && bestCount > second) return bestLanguage
  // Kana and Hangul first: Japanese text also uses Han characters.
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja'
  if (/[\uac00-\ud7af]/.test(sample)) return 'ko'
  if (/[\u4e00-\u9fff]/.test(sample)) return 'zh'
  if (/[\u0600-\u06ff]/.test(sample)) return 'ar'
  if (/[\u0590-\u05ff]/.test(sample)) return 'he'
  if (/[\u0370-\u03ff]/.test(sample)) return 'el'
  // A short text with a stop word of one language only ("NATO said 1,200 troops arrived.").
  return bestCount > 0 && bestCount > second && words < 40 ? bestLanguage : 'und'
}
