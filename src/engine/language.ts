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
const WORDS = new Map<string, string[]>()
for (const [lang, words] of Object.entries(PROFILES)) for (const w of words) WORDS.set(w, [...(WORDS.get(w) ?? []), lang])

/**
 * Guesses the language of a text from stop words in its first 5,000 characters (some 800 words,
 * far more than stop-word counting needs).
 * Returns an ISO 639-1 code, 'und' when there is too little text to tell, or the script's
 * language family for texts with no Latin or Cyrillic letters ('zh', 'ar', 'ja', 'ko', 'he', 'el').
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text
  const counts = new Map<string, number>()
  let words = 0
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++
    const langs = WORDS.get(m[0])
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1)
  }
  if (words === 0) return 'und'
  let best = 'und'
  let bestCount = 0
  for (const [lang, c] of counts) if (c > bestCount) [best, bestCount] = [lang, c]
  let second = 0
  for (const [lang, c] of counts) if (lang !== best && c > second) second = c
  if (bestCount >= 2 && bestCount / words > 0.05 && bestCount > second) return best
  // Kana and Hangul first: Japanese text also uses Han characters.
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja'
  if (/[\uac00-\ud7af]/.test(sample)) return 'ko'
  if (/[\u4e00-\u9fff]/.test(sample)) return 'zh'
  if (/[\u0600-\u06ff]/.test(sample)) return 'ar'
  if (/[\u0590-\u05ff]/.test(sample)) return 'he'
  if (/[\u0370-\u03ff]/.test(sample)) return 'el'
  // A short text with a stop word of one language only ("NATO said 1,200 troops arrived.").
  return bestCount > 0 && bestCount > second && words < 40 ? best : 'und'
}
