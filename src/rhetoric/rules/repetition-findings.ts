import type { Entity, Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import { firstStartingFrom } from '../../text/token-search.ts'
import type { Token } from '../../text/types.ts'
import type { WordIds } from '../../text/vocabulary.ts'
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

/** Calls `mark` with the character range of every mention of the document's main named entities. */
function mainEntityRanges(text: string, entities: readonly Entity[], issuer: string | null, mark: (start: number, end: number) => void): void {
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type) || e.mentions.length < 2) continue
    for (const m of e.mentions) mark(Math.max(0, m.start), Math.min(text.length, m.end))
  }
  const name = issuer?.trim()
  if (name) for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'))) mark(m.index, m.index + m[0].length)
}

/**
 * The characters of the document's main named entities: people, organisations and places named
 * more than once, and the issuer wherever the text names it. Every article repeats the names it is
 * about; that is not the technique.
 */
export function mainEntityMask(text: string, entities: readonly Entity[], issuer: string | null = null): Uint8Array {
  const mask = new Uint8Array(text.length)
  mainEntityRanges(text, entities, issuer, (start, end) => mask.fill(1, start, end))
  return mask
}

/** The tokens that begin inside a main named entity (see `mainEntityMask`), found by binary search per mention. */
function mainEntityTokens(text: string, tokens: readonly Token[], entities: readonly Entity[], issuer: string | null): Uint8Array {
  const out = new Uint8Array(tokens.length)
  mainEntityRanges(text, entities, issuer, (start, end) => {
    for (let i = firstStartingFrom(tokens, start); i < tokens.length && tokens[i].start < end; i++) out[i] = 1
  })
  return out
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
  context: { entities?: readonly Entity[]; issuer?: string | null; matches?: readonly CueMatch[]; technical?: readonly CueMatch[]; words?: WordIds; minConfidence?: number } = {},
): Technique[] {
  const excluded = mainEntityTokens(text, tokens, context.entities ?? [], context.issuer ?? null)
  // A cue word used as a technical term ("sanctions regime") is not that word said again.
  for (const m of context.technical ?? []) excluded.fill(1, m.first, m.last)
  const cueTokens = new Uint8Array(tokens.length)
  for (const m of context.matches ?? []) {
    if (m.last - m.first === 1 && SALIENT_TECHNIQUES.has(m.entry.technique)) cueTokens[m.first] = 1
  }
  const repeats = findRepetitions(tokens, settings, { excluded, cue: cueTokens, text, words: context.words })
  const ptc = techniqueById('repetition').ptc
  const cueIds = KINDS.map((kind) => `${REPETITION_FAMILY}.${kind}`)
  const confidences = cueIds.map((id) => calibration.confidence({ id, family: REPETITION_FAMILY, weight: 1 }))
  const { minConfidence = 0 } = context
  const out: Technique[] = []
  for (const r of repeats) {
    const kind = KINDS.indexOf(r.kind)
    const confidence = confidences[kind]
    if (confidence < minConfidence) continue
    const start = tokens[r.first].start
    const end = tokens[r.last - 1].end
    const words = text.slice(start, end)
    out.push({
      technique: 'repetition',
      ptc,
      start,
      end,
      text: words,
      confidence,
      explanation: explainRepeat(r, words.replace(/\s+/g, ' ')),
      cues: [cueIds[kind]],
      speaker: null,
    })
  }
  return out
}
