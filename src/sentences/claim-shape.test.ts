import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../text/tokenize.ts'
import { claimShape } from './claim-shape.ts'
import { lengthBin, shapeFeatureNames } from './shape-features.ts'

/** The feature names of a one-sentence text. */
function features(text: string): string[] {
  const tokens = tokenize(text)
  return shapeFeatureNames(claimShape(tokens, 0, tokens.length))
}

function words(text: string): string[] {
  const tokens = tokenize(text)
  return claimShape(tokens, 0, tokens.length).words
}

test('numbers become their kind, and amounts, shares and years are flagged', () => {
  assert.deepEqual(words('Unemployment fell to 4.2% in 2019, from 1,200,000.'), ['unemployment', 'fell', 'to', '#decimal', 'in', '#year', 'from', '#number'])
  const f = features('Unemployment fell to 4.2% in 2019, costing $3 billion.')
  for (const name of ['numbers=3', 'number:percent', 'number:year', 'number:money', 'number:magnitude', 'tense:past', 'pair:quantity+past']) assert.ok(f.includes(name), name)
  assert.ok(features('Inflation is two per cent.').includes('number:percent'))
  assert.ok(features('Inflation is two per cent.').includes('number:word'))
  assert.ok(!features('We met per request.').includes('number:percent'))
})

test('names are capitalised words inside the sentence, not its first word or "I"', () => {
  assert.ok(features('Yesterday I met Angela Merkel in Berlin.').includes('names=3'))
  assert.ok(features('Taxes went up.').includes('names=0'))
  assert.ok(features('The GDP grew.').includes('acronym'))
  assert.ok(features('NATO Allies Meet In Brussels').includes('case:title'))
  assert.ok(features('NATO Allies Meet In Brussels').includes('names=0'))
})

test('comparison, tense, person, hedges and punctuation', () => {
  const cases: Array<[string, string]> = [
    ['Crime is higher than ever.', 'comparative'],
    ['It was the largest cut in history.', 'superlative'],
    ['They have doubled the deficit.', 'tense:perfect'],
    ['We will cut taxes.', 'tense:future'],
    ['We will cut taxes.', 'pair:future+we'],
    ["We're going to win.", 'tense:future'],
    ['Taxes are too high.', 'tense:present'],
    ['It could happen.', 'modal:conditional'],
    ['I think it is wrong.', 'pair:hedge+i'],
    ['You know that.', 'person:you'],
    ['They know that.', 'person:they'],
    ['Why did they do it?', 'question'],
    ['Vote now!', 'exclamation'],
    ['It happened last year.', 'time'],
  ]
  for (const [text, name] of cases) assert.ok(features(text).includes(name), `${text} -> ${name}`)
  assert.ok(!features('We protest and invest.').includes('superlative'))
  assert.ok(!features('I need a bed.').includes('tense:past'))
  assert.ok(!features('He is taller.').includes('comparative'))
})

test('a quotation is read without its attribution', () => {
  assert.deepEqual(words('“We will win,” said the minister on Monday.'), ['we', 'will', 'win'])
  assert.deepEqual(words("‘Jobs fell by 2%,’ she told reporters."), ['jobs', 'fell', 'by', '#number'])
  assert.deepEqual(words('He called it “a farce” and left.'), ['he', 'called', 'it', 'a', 'farce', 'and', 'left'])
})

test('length bins', () => {
  assert.deepEqual([1, 3, 4, 10, 11, 45, 46, 200].map(lengthBin), ['1-3', '1-3', '4-6', '7-10', '11-15', '31-45', '46+', '46+'])
})
