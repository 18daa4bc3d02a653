import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { Coverage } from './mention.ts'
import { nameRuns } from './name-runs.ts'
import type { NameTagger } from './ner-mentions.ts'
import { resolveUnknownNames } from './unknown-names.ts'

const kb = loadKnowledgeBase()

/** Resolves every run of a text with a tagger that knows a few names, and counts what it was asked. */
function resolve(text: string, known: Record<string, string>) {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  const coverage = new Coverage(tokens.length)
  const runs = sentences.flatMap((s) => nameRuns(doc, s, coverage))
  const asked: string[] = []
  const tagger: NameTagger = {
    tagWithScores(words) {
      asked.push(words.join(' '))
      const tags = words.map(() => 'O')
      words.forEach((w, i) => {
        const label = known[w]
        if (label) tags[i] = `${i > 0 && known[words[i - 1]] === label ? 'I' : 'B'}-${label}`
      })
      return { tags, scores: words.map(() => 0.9) }
    },
  }
  const names = resolveUnknownNames(runs, { doc, kb, tagger, personWords: new Set() })
  return { names: names.map((n) => `${tokens.slice(n.start, n.end).map((t) => t.text).join(' ')}: ${n.type} (${n.source})`).sort(), asked }
}

test('a name is tagged once however often it comes back; its surname then needs no tagging', () => {
  const { names, asked } = resolve('Yesterday Anna Kovac spoke. Anna Kovac left. Kovac said more.', { Anna: 'PER', Kovac: 'PER' })
  assert.deepEqual(names, ['Anna Kovac: person (ner)', 'Anna Kovac: person (ner)', 'Kovac: person (surname)'])
  assert.equal(asked.length, 1)
})

test('an ordinary word opening a sentence is never sent to the tagger', () => {
  const { names, asked } = resolve('Officials agreed. Reading it, they left.', { Officials: 'ORG', Reading: 'LOC' })
  assert.deepEqual(names, [])
  assert.deepEqual(asked, [])
})

test('a demonym the tagger calls MISC is a nationality linked to the knowledge base', () => {
  const { names } = resolve('The delegation met Ukrainian envoys.', { Ukrainian: 'MISC' })
  assert.deepEqual(names, ['Ukrainian: nationality (ner)'])
})

test('an unknown name the tagger calls a person is a place after "in", "near" or "at" when nothing marks a person', () => {
  const { names } = resolve('Troops trained in Nowa Deba and near Biala Gora.', { Nowa: 'PER', Deba: 'PER', Biala: 'PER', Gora: 'PER' })
  assert.deepEqual(names, ['Biala Gora: location (ner)', 'Nowa Deba: location (ner)'])
})

test('after "in" a name stays a person with a possessive, a verb of saying or a title after it', () => {
  const known = { Lena: 'PER', Holm: 'PER', Aiko: 'PER', Tanaka: 'PER' }
  assert.deepEqual(resolve('Trust in Lena Holm’s plan grew.', known).names, ['Lena Holm: person (ner)'])
  assert.deepEqual(resolve('The vote was held, in Aiko Tanaka said, too soon.', known).names, ['Aiko Tanaka: person (ner)'])
  assert.deepEqual(resolve('The report was written in Lena Holm, minister of health, and others.', known).names, ['Lena Holm: person (ner)'])
})

test('a given name and a surname that is also a city name a person, whatever the tagger says', () => {
  const { names, asked } = resolve('Lloyd Austin said the talks went well. Karen J. Dallas agreed.', { Lloyd: 'ORG', Austin: 'ORG', Karen: 'LOC', Dallas: 'LOC' })
  assert.deepEqual(names, ['Karen J. Dallas: person (name-word)', 'Lloyd Austin: person (name-word)'])
  assert.deepEqual(asked, [])
})

test('no person from a name and a country, a club named after its city, or a body', () => {
  const known = { Campbell: 'PER', Russia: 'LOC', Bayern: 'ORG', Munich: 'ORG', Hospital: 'ORG' }
  assert.deepEqual(resolve('According to Campbell Russia sent aid. Bayern Munich won.', known).names, ['Bayern Munich: organization (ner)', 'Campbell: person (ner)', 'Russia: location (ner)'])
})

test('a Korean name, family name first, is a person whatever the tagger says', () => {
  const { names } = resolve('Chief executive Park Min-jun met Moon Jae-in.', { Park: 'LOC', 'Min-jun': 'LOC', Moon: 'ORG', 'Jae-in': 'ORG' })
  assert.deepEqual(names, ['Moon Jae-in: person (name-word)', 'Park Min-jun: person (name-word)'])
})

test('invalid: a Korean place with its suffix, or an English compound, stays what the tagger says', () => {
  const { names } = resolve('Floods hit North Gyeongsang-do on Monday.', { North: 'LOC', 'Gyeongsang-do': 'LOC' })
  assert.deepEqual(names, ['North Gyeongsang-do: location (ner)'])
  assert.deepEqual(resolve('The old Cold War-era treaty lapsed.', { Cold: 'MISC', 'War-era': 'MISC' }).names, ['Cold War-era: other (ner)'])
})
