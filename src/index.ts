import { builtinAnalyzers } from './analyzers/index.ts'
import { createAnalyzer as createEngine, type AnalyzerConfig, type UnspunAnalyzer } from './engine/engine.ts'
import type { DocInput } from './engine/types.ts'
import type { Report } from './report/schema.ts'

export type { AnalyzerConfig, UnspunAnalyzer } from './engine/engine.ts'
export type { Analyzer, AnalyzerContext, DocInput, Findings, Section, SentenceAnnotation } from './engine/types.ts'
export { defineAnalyzer } from './engine/types.ts'
export * from './report/schema.ts'
export { TECHNIQUES, PTC_LABELS } from './report/techniques.ts'
export { tokenize, splitSentences, splitParagraphs, locate, normalize } from './text/index.ts'
export type { Token, Sentence, Paragraph, Span as TextSpan, Location, Point, NormalizedText } from './text/index.ts'

/**
 * Creates a frozen analyzer: weights, lexicons and the knowledge base load once here.
 * Pass `analyzers` to run your own set instead of the built-in one.
 *
 * @example
 * import { createAnalyzer } from 'unspun'
 * const unspun = createAnalyzer({ disable: ['rhetoric/'] })
 * const report = unspun.analyze({ text, published: '2021-05-05' })
 */
export function createAnalyzer(config: AnalyzerConfig = {}): UnspunAnalyzer {
  return createEngine({ ...config, analyzers: config.analyzers ?? builtinAnalyzers })
}

let shared: UnspunAnalyzer | undefined

/**
 * Analyses one document with the built-in analyzers (created on first call and reused).
 *
 * @example
 * import { analyze } from 'unspun'
 * const report = analyze({ text: 'NATO said on Monday that 1,200 troops had arrived.', published: '2021-05-05' })
 * report.events[0]?.cameo
 */
export function analyze(doc: DocInput | string): Report {
  shared ??= createAnalyzer()
  return shared.analyze(doc)
}
