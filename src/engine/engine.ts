import * as crypto from 'node:crypto'
import { SCHEMA_ID, type DocumentInfo, type Problem, type Report, type SentenceFinding } from '../report/schema.ts'
import { normalize, type NormalizedText } from '../text/normalize.ts'
import { splitParagraphs } from '../text/paragraphs.ts'
import { splitSentences } from '../text/sentences.ts'
import { tokenize } from '../text/tokenize.ts'
import type { Paragraph, Sentence, Token } from '../text/types.ts'
import { readWordIds, type WordIds } from '../text/vocabulary.ts'
import { detectLanguage } from './language.ts'
import type { Analyzer, AnalyzerContext, DocInput, Findings, Section } from './types.ts'
import { findViolations, type SpanViolation } from './validate.ts'

export interface AnalyzerConfig {
  /** The analyzers to run; defaults to every built-in analyzer. */
  analyzers?: readonly Analyzer<any, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Ids (or id prefixes ending in '/') of analyzers to leave out, e.g. ['rhetoric/']. */
  disable?: readonly string[]
  /** Reference date (YYYY-MM-DD) for documents that carry none. */
  published?: string | null
}

export interface UnspunAnalyzer {
  /** The analyzers in the order they run. */
  readonly analyzers: readonly { id: string; produces: Section; needs: readonly string[] }[]
  /** Analyses one document. Pure: the same input gives the same report. */
  analyze(doc: DocInput | string): Report
}

const SECTIONS: Section[] = ['sentences', 'entities', 'quotes', 'amounts', 'dates', 'events', 'techniques']
const emptyFindings = (): Findings => ({ sentences: [], entities: [], quotes: [], amounts: [], dates: [], events: [], techniques: [] })

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAnalyzer = Analyzer<any, Section>

function sectionOfNeed(need: string): Section | null {
  if (need === 'sentenceFunctions') return 'sentences'
  return (SECTIONS as string[]).includes(need) && need !== 'sentences' ? (need as Section) : null
}

/** Orders analyzers so that every analyzer runs after all producers of the sections it needs. */
export function orderAnalyzers(analyzers: readonly AnyAnalyzer[]): AnyAnalyzer[] {
  const ids = new Set<string>()
  for (const a of analyzers) {
    if (ids.has(a.id)) throw new Error(`Two analyzers share the id '${a.id}'. Give each analyzer a unique id.`)
    ids.add(a.id)
  }
  const ordered: AnyAnalyzer[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (a: AnyAnalyzer, path: string[]) => {
    const s = state.get(a.id)
    if (s === 'done') return
    if (s === 'visiting') throw new Error(`Analyzers depend on each other in a cycle: ${[...path, a.id].join(' -> ')}`)
    state.set(a.id, 'visiting')
    for (const need of a.needs) {
      const section = sectionOfNeed(need)
      if (!section) continue
      for (const producer of analyzers) if (producer.produces === section && producer !== a) visit(producer, [...path, a.id])
    }
    state.set(a.id, 'done')
    ordered.push(a)
  }
  for (const a of analyzers) visit(a, [])
  return ordered
}

/** What analyzers read of one document; the normalised text and the word ids are made on first use. */
class DocumentContext implements AnalyzerContext {
  private normalizedText: NormalizedText | undefined
  private wordIds: WordIds | undefined

  constructor(
    readonly document: Readonly<DocumentInfo>,
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly paragraphs: readonly Paragraph[],
    readonly findings: Findings,
  ) {}

  get normalized(): NormalizedText {
    return (this.normalizedText ??= normalize(this.text))
  }

  get words(): WordIds {
    return (this.wordIds ??= readWordIds(this.tokens))
  }
}

// Node 20.12 and later hash a string in one call, without making a Hash object per document.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash

/** The SHA-1 of a string's UTF-8 bytes, in hex. */
function sha1Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex')
}

function documentId(doc: DocInput): string {
  if (doc.id) return doc.id
  return 'sha1:' + sha1Hex(doc.text).slice(0, 16)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Resolves and freezes a set of analyzers (loading their weights and lexicons once), and returns
 * a pure `analyze(doc)`.
 *
 * @example
 * const unspun = createAnalyzer({ disable: ['rhetoric/'] })
 * const report = unspun.analyze({ text: 'NATO said on Monday that 1,200 troops had arrived.' })
 */
export function createAnalyzer(config: AnalyzerConfig & { analyzers: readonly AnyAnalyzer[] }): UnspunAnalyzer {
  const disabled = config.disable ?? []
  const isDisabled = (id: string) => disabled.some((d) => (d.endsWith('/') ? id.startsWith(d) : id === d))
  const selected = orderAnalyzers(config.analyzers.filter((a) => !isDisabled(a.id)))
  const states = new Map<string, unknown>()
  const setupProblems: Problem[] = []
  for (const a of selected) {
    try {
      states.set(a.id, a.setup ? a.setup() : undefined)
    } catch (error) {
      setupProblems.push({ analyzer: a.id, message: `Error while setting up analyzer '${a.id}': ${errorMessage(error)}`, severity: 'error' })
    }
  }
  const failedSetup = new Set(setupProblems.map((p) => p.analyzer))
  const fallbackPublished = config.published ?? null

  function analyze(input: DocInput | string): Report {
    const doc: DocInput = typeof input === 'string' ? { text: input } : input
    if (typeof doc.text !== 'string') throw new TypeError('analyze() needs a document with a string `text`.')
    const text = doc.text
    const language = doc.language || detectLanguage(text)
    const document: DocumentInfo = {
      id: documentId(doc),
      title: doc.title ?? null,
      issuer: doc.issuer ?? null,
      published: doc.published ?? fallbackPublished,
      language,
      text,
      url: doc.url ?? null,
      source: doc.source ?? null,
    }
    const tokens = tokenize(text)
    const paragraphs = splitParagraphs(text)
    const sentences = splitSentences(text, tokens, paragraphs)
    const findings = emptyFindings()
    const problems: Problem[] = [...setupProblems]
    const ctx: AnalyzerContext = new DocumentContext(document, text, tokens, sentences, paragraphs, findings)
    const skippedForLanguage: string[] = []
    for (const a of selected) {
      if (failedSetup.has(a.id)) continue
      const langs = a.languages ?? ['en']
      // A text too short to tell its language is read as English, the language unspun analyses fully.
      if (langs !== '*' && !langs.includes(language) && !(language === 'und' && langs.includes('en'))) {
        skippedForLanguage.push(a.id)
        continue
      }
      let produced: Findings[Section]
      try {
        produced = a.run(ctx, states.get(a.id))
      } catch (error) {
        problems.push({ analyzer: a.id, message: `Error while running analyzer '${a.id}': ${errorMessage(error)}`, severity: 'error' })
        continue
      }
      if (!Array.isArray(produced)) {
        problems.push({ analyzer: a.id, message: `Analyzer '${a.id}' returned ${typeof produced} instead of an array of findings`, severity: 'error' })
        continue
      }
      let violations: SpanViolation[]
      try {
        violations = findViolations(a.produces, produced, text, sentences.length)
      } catch (error) {
        problems.push({ analyzer: a.id, message: `Dropped the findings of analyzer '${a.id}': they are not shaped like ${a.produces} (${errorMessage(error)})`, severity: 'error' })
        continue
      }
      const bad = new Set(violations.map((v) => v.index))
      for (const v of violations) problems.push({ analyzer: a.id, message: `Dropped an invalid finding: ${v.message}`, severity: 'error' })
      const target = findings[a.produces] as unknown[]
      produced.forEach((f, i) => {
        if (!bad.has(i)) target.push(f)
      })
    }
    if (skippedForLanguage.length > 0) {
      problems.push({
        analyzer: 'engine',
        message: `The document's language is '${language}'; unspun analyses English fully. Only language-independent analyzers ran; skipped: ${skippedForLanguage.join(', ')}.`,
        severity: 'info',
      })
    }
    const out: SentenceFinding[] = sentences.map((s) => ({ start: s.start, end: s.end, function: 'other', checkworthiness: 0, paragraph: s.paragraph }))
    for (const a of findings.sentences) {
      const s = out[a.index]
      if (a.function !== undefined) s.function = a.function
      if (a.checkworthiness !== undefined) s.checkworthiness = a.checkworthiness
    }
    const bySpan = <T extends { start: number; end: number }>(list: T[]) => list.sort((x, y) => x.start - y.start || x.end - y.end)
    return {
      schema: SCHEMA_ID,
      document,
      sentences: out,
      entities: findings.entities,
      quotes: bySpan(findings.quotes),
      amounts: findings.amounts,
      dates: findings.dates,
      events: findings.events,
      techniques: bySpan(findings.techniques),
      problems,
    }
  }
  return Object.freeze({ analyzers: selected.map((a) => ({ id: a.id, produces: a.produces, needs: a.needs })), analyze })
}
