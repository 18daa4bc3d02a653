// Accuracy and per-function precision, recall and F1 of the sentence-function analyzer on the project's
// own gold set (gold/sentence-function, see its GUIDE.md): the test split is held out, the dev split was
// used to tune the rules. `npm run eval -- sentence-function`
// SENTENCE_FUNCTION_ERRORS=1 also lists the dev split's disagreements (never the test split's).
import checkworthiness from '../src/analyzers/sentences/checkworthiness.ts'
import sentenceFunction from '../src/analyzers/sentences/function.ts'
import { createAnalyzer } from '../src/engine/engine.ts'
import type { SentenceFunction } from '../src/report/schema.ts'
import { alignSpans, scoreFunctions, SENTENCE_FUNCTIONS, type FunctionPair, type FunctionScores } from '../src/sentences/function-scores.ts'
import { readGoldDocuments, type GoldDocument } from '../src/sentences/gold.ts'

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)

interface Labelled extends FunctionPair {
  doc: string
  text: string
}

function label(docs: readonly GoldDocument[]): { pairs: Labelled[]; mismatched: number } {
  const unspun = createAnalyzer({ analyzers: [sentenceFunction] })
  const pairs: Labelled[] = []
  let mismatched = 0
  for (const doc of docs) {
    const report = unspun.analyze({ id: doc.id, text: doc.text, language: 'en' })
    const aligned = alignSpans(doc.sentences, report.sentences)
    doc.sentences.forEach((g, i) => {
      const p = report.sentences[aligned[i]]
      if (!p || p.start !== g.start || p.end !== g.end) mismatched++
      pairs.push({ doc: doc.id, text: g.text, gold: g.function, predicted: (p?.function ?? 'other') as SentenceFunction })
    })
  }
  return { pairs, mismatched }
}

function table(name: string, docs: number, s: FunctionScores, mismatched: number): string {
  const rows = [
    `${name}: ${docs} documents, ${s.sentences} sentences (${mismatched} cut differently by the splitter): accuracy ${pct(s.accuracy)}%, macro F1 ${pct(s.macroF1)}%`,
    `  function          P      R     F1   gold  found`,
  ]
  for (const fn of SENTENCE_FUNCTIONS) {
    const c = s.byFunction[fn]
    rows.push(`  ${fn.padEnd(15)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.gold).padStart(5)}  ${String(c.predicted).padStart(5)}`)
  }
  return rows.join('\n')
}

function confusion(s: FunctionScores): string {
  const short = (fn: string) => fn.slice(0, 6).padStart(7)
  const rows = [`  gold \\ found    ${SENTENCE_FUNCTIONS.map(short).join('')}`]
  for (const g of SENTENCE_FUNCTIONS) rows.push(`  ${g.padEnd(15)} ${SENTENCE_FUNCTIONS.map((p) => String(s.confusion[g][p]).padStart(7)).join('')}`)
  return rows.join('\n')
}

/**
 * What each sentence analyzer adds to the text layer, in CPU milliseconds per MB (CPU time, because
 * wall time swings with whatever else the machine runs): the gold texts analysed 20 times over, best
 * of 5 passes, with no analyzer, with the function analyzer, and with both.
 */
function cost(docs: readonly GoldDocument[]): string {
  const megabytes = (20 * docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0)) / 1e6
  const time = (analyzers: Parameters<typeof createAnalyzer>[0]['analyzers']): number => {
    const unspun = createAnalyzer({ analyzers })
    let best = Infinity
    for (let pass = 0; pass < 5; pass++) {
      const started = process.cpuUsage()
      for (let round = 0; round < 20; round++) for (const doc of docs) unspun.analyze({ text: doc.text, language: 'en' })
      const used = process.cpuUsage(started)
      best = Math.min(best, (used.user + used.system) / 1000)
    }
    return best / megabytes
  }
  const textLayer = time([])
  const withFunction = time([sentenceFunction])
  const withBoth = time([sentenceFunction, checkworthiness])
  const ms = (x: number) => `${Math.max(0, x).toFixed(0)} ms/MB`
  return `cost over the text layer (${ms(textLayer)}): sentences/function ${ms(withFunction - textLayer)}, sentences/checkworthiness ${ms(withBoth - withFunction)} (CPU time; gold texts ×20, best of 5, one thread)`
}

export default function sentenceFunctionEval(): void {
  console.log(`\n## Sentence function (own gold set) — npm run eval -- sentence-function — ${new Date().toISOString().slice(0, 10)}`)
  const docs = readGoldDocuments()
  for (const split of ['test', 'dev'] as const) {
    const part = docs.filter((d) => d.split === split)
    const { pairs, mismatched } = label(part)
    const scores = scoreFunctions(pairs)
    console.log(table(split === 'test' ? 'test split (held out)' : 'dev split (rules tuned on it)', part.length, scores, mismatched))
    console.log(confusion(scores))
    if (split === 'dev' && process.env.SENTENCE_FUNCTION_ERRORS) {
      for (const p of pairs) if (p.gold !== p.predicted) console.log(`  ${p.doc}: gold ${p.gold}, found ${p.predicted}: ${p.text}`)
    }
  }
  console.log(cost(docs))
}
