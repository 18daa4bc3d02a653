/**
 * Measures the events analyzer apart from the rest: its set-up time, and its throughput on a folder of
 * articles whose entities, amounts, dates and quotes are computed first, next to the text layer's on the
 * same text. CPU time, best of five rounds, so that other processes on the machine do not count.
 *
 * Usage: node --import tsx src/analyzers/facts/events/test-support/measure.ts [ARTICLES_DIR]
 * (default ../shared/data/ptc-train/articles)
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AnalyzerContext } from '../../../../engine/types.ts'
import type { EventFinding } from '../../../../report/schema.ts'
import { createAnalyzer } from '../../../../index.ts'
import { splitParagraphs, splitSentences } from '../../../../text/sentences.ts'
import { tokenize } from '../../../../text/tokenize.ts'
import { loadEventResources } from '../../events.ts'
import { extractEvents } from '../extract.ts'

const dir = process.argv[2] ?? fileURLToPath(new URL('../../../../../../shared/data/ptc-train/articles/', import.meta.url))
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1e6
}

const setup = cpuSeconds(() => loadEventResources())
const resources = loadEventResources()
const others = createAnalyzer({ disable: ['rhetoric/', 'sentences/', 'facts/events'] })
const contexts: AnalyzerContext[] = texts.map((text) => {
  const report = others.analyze({ text })
  const tokens = tokenize(text)
  const paragraphs = splitParagraphs(text)
  return {
    document: report.document,
    text,
    tokens,
    sentences: splitSentences(text, tokens, paragraphs),
    paragraphs,
    get normalized(): never {
      throw new Error('the events analyzer does not read normalized text')
    },
    findings: { sentences: [], entities: report.entities, quotes: report.quotes, amounts: report.amounts, dates: report.dates, events: [], techniques: [] },
  }
})

/** The fastest of five rounds: the first rounds are spent compiling. */
function bestOfFive(run: () => void): number {
  let best = Infinity
  for (let round = 0; round < 5; round++) best = Math.min(best, cpuSeconds(run))
  return best
}

let found: EventFinding[] = []
const eventsSeconds = bestOfFive(() => {
  found = contexts.flatMap((ctx) => extractEvents(ctx, resources))
})
const events = found.length
const statements = found.filter((e) => e.cameo === '010').length
const background = found.filter((e) => e.background).length
const textSeconds = bestOfFive(() => {
  for (const text of texts) {
    const tokens = tokenize(text)
    splitSentences(text, tokens, splitParagraphs(text))
    tokens.map((t) => t.text.toLowerCase())
  }
})

process.stdout.write(
  `${texts.length} articles, ${megabytes.toFixed(2)} MB from ${dir}\n` +
    `setup (load models/cameo.json, compile dictionary and patterns): ${(setup * 1000).toFixed(0)} ms CPU\n` +
    `events analyzer: ${(megabytes / eventsSeconds).toFixed(1)} MB/s CPU, ${events} events (${(events / texts.length).toFixed(1)} per article; ${statements} plain statements 010, ${background} background)\n` +
    `text layer on the same text (tokenize, sentences, lower-case): ${(megabytes / textSeconds).toFixed(1)} MB/s CPU\n`,
)
