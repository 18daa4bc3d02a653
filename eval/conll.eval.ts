// Entity-level precision, recall and F1 (conlleval exact match) of the shipped NER model on CoNLL-2003 valid
// and, as an out-of-domain check, on wikigold; plus load time and tagging speed. `npm run eval -- conll`
// (NER_MODEL=path evaluates another model file.)
import { existsSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { titleCase, upperCase } from '../src/ner/case-variants.ts'
import { readTaggedSentences, type TaggedSentence } from '../src/ner/conll-format.ts'
import type { EntityEvaluation } from '../src/ner/entity-scores.ts'
import { readNerModel } from '../src/ner/model-file.ts'
import { DEFAULT_NER_MODEL } from '../src/ner/load.ts'
import { evaluateTagger } from '../src/ner/train.ts'

const data = new URL('../../shared/data/ner/', import.meta.url)
const corpora = [
  { name: 'CoNLL-2003 valid', file: 'conll2003-valid.txt' },
  { name: 'wikigold (out of domain)', file: 'wikigold.conll.txt' },
]

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6)

function table(name: string, sentences: readonly TaggedSentence[], result: EntityEvaluation): string {
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0)
  const rows = [
    `${name}: ${sentences.length} sentences, ${tokens} tokens, token accuracy ${pct(result.tokenAccuracy)}%`,
    `  type        P       R      F1   gold  found`,
  ]
  for (const [type, s] of [...Object.entries(result.byType), ['overall', result.overall] as const]) {
    rows.push(`  ${type.padEnd(8)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}`)
  }
  return rows.join('\n')
}

export default function conllEval(): void {
  console.log(`\n## NER (conlleval exact match) — npm run eval -- conll — ${new Date().toISOString().slice(0, 10)}`)
  if (!existsSync(fileURLToPath(data))) {
    console.log(`skipped: ${fileURLToPath(data)} is absent (it holds the CoNLL-2003 and wikigold files)`)
    return
  }
  const modelPath = process.env.NER_MODEL ?? fileURLToPath(DEFAULT_NER_MODEL)
  const loadStart = performance.now()
  const tagger = readNerModel(modelPath)
  const loadMs = performance.now() - loadStart
  let speed = ''
  for (const { name, file } of corpora) {
    const sentences = readTaggedSentences(readFileSync(new URL(file, data)), { source: file })
    console.log(table(name, sentences, evaluateTagger(tagger, sentences)))
    if (!speed) {
      // The same sentences without the help of capitals, as in titles and wire headlines.
      for (const [variant, transform] of [['title case', titleCase], ['capitals', upperCase]] as const) {
        const changed = sentences.map(transform)
        console.log(table(`${name} in ${variant}`, changed, evaluateTagger(tagger, changed)).split('\n').filter((line, i) => i === 0 || /overall/.test(line)).join('\n'))
      }
      const tokens = sentences.reduce((n, s) => n + s.words.length, 0)
      let best = Infinity
      for (let pass = 0; pass < 3; pass++) {
        const start = performance.now()
        for (const { words } of sentences) tagger.tag(words)
        best = Math.min(best, performance.now() - start)
      }
      speed = `${Math.round(tokens / (best / 1000)).toLocaleString('en')} tokens/s (best of 3 further passes over ${name}, one thread)`
    }
  }
  const size = (statSync(modelPath).size / 1e6).toFixed(2)
  console.log(`model ${modelPath} (${size} MB): loaded in ${loadMs.toFixed(0)} ms; tags ${speed}`)
}
