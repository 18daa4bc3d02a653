// Precision and recall of the facts layer (entities, quotes with speakers, amounts, dates, events) on the
// annotated gold set in gold/facts (rules in gold/facts/GUIDE.md). `npm run eval -- facts`
// FACTS_EVAL_ERRORS=1 also lists every miss and false alarm per document; FACTS_GOLD_DIR=path scores another gold set.
import { pathToFileURL } from 'node:url'
import { createAnalyzer } from '../src/index.ts'
import { checkGold } from './facts/check-gold.ts'
import { formatLayerTable, summarize, summaryJson } from './facts/facts-summary.ts'
import { readGoldSet } from './facts/gold-set.ts'
import { FACT_LAYERS } from './facts/layer-score.ts'
import { scoreDocument } from './facts/score-document.ts'

const COMMAND = 'npm run eval -- facts'

export default function factsEval(): void {
  const date = new Date().toISOString().slice(0, 10)
  const dir = process.env.FACTS_GOLD_DIR ? pathToFileURL(process.env.FACTS_GOLD_DIR.replace(/\/?$/, '/')) : undefined
  const gold = readGoldSet(dir)
  const goldName = process.env.FACTS_GOLD_DIR ?? 'gold/facts'
  const inconsistent = gold.flatMap((doc) => checkGold(doc).map((problem) => `${doc.id}: ${problem}`))
  if (inconsistent.length) throw new Error(`the gold set breaks its own rules:\n${inconsistent.join('\n')}`)

  const unspun = createAnalyzer({ disable: ['rhetoric/'] })
  const started = performance.now()
  const reports = gold.map((doc) => unspun.analyze({ id: doc.id, text: doc.text, title: doc.title, issuer: doc.issuer, published: doc.published }))
  const ms = performance.now() - started
  const scores = gold.map((doc, i) => scoreDocument(doc, reports[i]))
  const summary = summarize(scores)
  const words = gold.reduce((n, doc) => n + doc.text.split(/\s+/).filter(Boolean).length, 0)
  const problems = reports.flatMap((r) => r.problems.map((p) => `${r.document.id}: ${p.analyzer}: ${p.message}`))

  console.log(`\n## Facts layer on ${goldName} — ${COMMAND} — ${date}`)
  console.log(`${gold.length} documents, ${words.toLocaleString('en')} words; analyzed in ${ms.toFixed(0)} ms by: ${unspun.analyzers.map((a) => a.id).join(', ')}`)
  if (problems.length) console.log(`analyzer problems:\n  ${[...new Set(problems)].join('\n  ')}`)
  for (const layer of FACT_LAYERS) {
    console.log('\n' + formatLayerTable(layer, summary.layers[layer]))
    if (layer === 'entities' && summary.unscoredMentions) {
      console.log(`  (${summary.unscoredMentions} predicted mentions without a capital or digit — pronouns, common nouns — are not scored)`)
    }
  }
  if (process.env.FACTS_EVAL_ERRORS) {
    for (const score of scores) {
      const errors = FACT_LAYERS.flatMap((layer) => score.layers[layer].errors.map((e) => `  ${layer}: ${e}`))
      if (errors.length) console.log(`\n${score.id}\n${errors.join('\n')}`)
    }
  }
  console.log(JSON.stringify(summaryJson(summary, { eval: 'facts', command: COMMAND, date, gold: goldName })))
}
