import type { NormalizedText } from '../text/normalize.ts'
import type { Paragraph, Sentence, Token } from '../text/types.ts'
import type { WordIds } from '../text/vocabulary.ts'
import type { Amount, DateFinding, DocumentInfo, Entity, EventFinding, Quote, SentenceFunction, Technique } from '../report/schema.ts'

/** A document as it comes in: only `text` is required. */
export interface DocInput {
  id?: string
  text: string
  title?: string | null
  issuer?: string | null
  published?: string | null
  language?: string | null
  url?: string | null
  source?: string | null
}

/** A sentence-level annotation: one analyzer may set the function, another the check-worthiness. */
export interface SentenceAnnotation {
  index: number
  function?: SentenceFunction
  checkworthiness?: number
}

/** What each report section holds while the engine builds it. */
export interface Findings {
  sentences: SentenceAnnotation[]
  entities: Entity[]
  quotes: Quote[]
  amounts: Amount[]
  dates: DateFinding[]
  events: EventFinding[]
  techniques: Technique[]
}

export type Section = keyof Findings
export type Need = 'tokens' | 'sentences' | 'paragraphs' | 'normalized' | Exclude<Section, 'sentences'> | 'sentenceFunctions'

/** Everything an analyzer may read. Built once per document by the engine; analyzers never mutate it. */
export interface AnalyzerContext {
  readonly document: Readonly<DocumentInfo>
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly paragraphs: readonly Paragraph[]
  /** normalised text with a map back to original offsets (computed on first use) */
  readonly normalized: NormalizedText
  /**
   * The tokens' texts as ids into the shared vocabulary (read on first use): analyzers keep per-word
   * values by id (`WordValues`) instead of looking each token's text up again.
   */
  readonly words: WordIds
  /** Findings of the analyzers that ran before this one (those it declared in `needs`). */
  readonly findings: Readonly<{ [K in Section]: readonly Findings[K][number][] }>
}

export interface Analyzer<S = unknown, P extends Section = Section> {
  readonly id: string
  readonly description: string
  readonly needs: readonly Need[]
  readonly produces: P
  /** Languages the analyzer understands; '*' for language-independent analyzers. Default ['en']. */
  readonly languages?: readonly string[] | '*'
  /** Loads what the analyzer needs (weights, lexicons) once, when the analyzer set is created. May do I/O. */
  readonly setup?: () => S
  /** Pure: reads the context, returns findings for its section. */
  readonly run: (ctx: AnalyzerContext, state: S) => Findings[P]
}

/** Declares an analyzer; a typed identity function, so the definition is checked where it is written. */
export function defineAnalyzer<S, P extends Section>(analyzer: Analyzer<S, P>): Analyzer<S, P> {
  return Object.freeze(analyzer)
}
