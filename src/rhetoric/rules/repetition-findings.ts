import type { Entity, Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Token } from '../../text/types.ts'
import type { CueMatch } from '../lexicon/compile.ts'
import type { Calibration } from './calibration.ts'
import { findRepetitions, type Repeat } from './repetition.ts'
import type { RepetitionSettings } from './repetition-settings.ts'

/** The family under which repetition cues are calibrated; their ids are `repetition.<kind>`. */
export const REPETITION_FAMILY = 'repetition'
const NAME_TYPES = new Set(['person', 'organization', 'location'])
/** Lexicon cues that are single loaded words: repeated, they are salient sooner. */
const SALIENT_TECHNIQUES = new Set(['loaded_language', 'name_calling', 'appeal_to_fear', 'flag_waving'])
const KINDS: ReadonlyArray<Repeat['kind']> = ['word', 'cue-word', 'phrase', 'cue-phrase']

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The characters of the document's main named entities: people, organisations and places named
 * more than once, and the issuer wherever the text names it. Every article repeats the names it is
 * about; that is not the technique.
 */
export function mainEntityMask(text: string, entities: readonly Entity[], issuer: string | null = null): Uint8Array {
  const mask = new Uint8Array(text.length)
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type) || e.mentions.length < 2) continue
    for (const m of e.mentions) mask.fill(1, Math.max(0, m.start), Math.min(text.length, m.end))
  }
  const name = issuer?.trim()
  if (name) for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'))) mask.fill(1, m.index, m.index + m[0].length)
  return mask
}

function explainRepeat(r: Repeat, words: string): string {
  const what = r.kind === 'phrase' ? 'phrase' : 'word'
  return `Repetition cue “${words}”: the ${what} occurs ${r.count} times in the document; this is occurrence ${r.occurrence}.`
}

/**
 * Technique findings for the words and phrases a document repeats beyond what is normal for it;
 * kinds of repetition whose confidence is under `minConfidence` are not spelt out.
 */
export function repetitionFindings(
  text: string,
  tokens: readonly Token[],
  settings: RepetitionSettings,
  calibration: Calibration,
  context: { entities?: readonly Entity[]; issuer?: string | null; matches?: readonly CueMatch[]; keys?: readonly string[]; minConfidence?: number } = {},
): Technique[] {
  const mask = mainEntityMask(text, context.entities ?? [], context.issuer ?? null)
  const excluded = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) excluded[i] = mask[tokens[i].start]
  const cueTokens = new Uint8Array(tokens.length)
  for (const m of context.matches ?? []) {
    if (m.last - m.first === 1 && SALIENT_TECHNIQUES.has(m.entry.technique)) cueTokens[m.first] = 1
  }
  const repeats = findRepetitions(tokens, settings, { excluded, cue: (i) => cueTokens[i] === 1, text, keys: context.keys })
  const ptc = techniqueById('repetition').ptc
  const confidence = new Map(KINDS.map((kind) => [kind, calibration.confidence({ id: `${REPETITION_FAMILY}.${kind}`, family: REPETITION_FAMILY, weight: 1 })]))
  const { minConfidence = 0 } = context
  return repeats.flatMap((r): Technique[] => {
    if ((confidence.get(r.kind) ?? 0) < minConfidence) return []
    const start = tokens[r.first].start
    const end = tokens[r.last - 1].end
    const words = text.slice(start, end)
    const id = `${REPETITION_FAMILY}.${r.kind}`
    return [{
      technique: 'repetition',
      ptc,
      start,
      end,
      text: words,
      confidence: confidence.get(r.kind) ?? 0,
      explanation: explainRepeat(r, words.replace(/\s+/g, ' ')),
      cues: [id],
      speaker: null,
    }]
  })
}
