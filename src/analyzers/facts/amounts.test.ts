import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createAnalyzer } from '../../engine/engine.ts'
import type { Amount } from '../../report/schema.ts'
import amountsAnalyzer from './amounts.ts'
import { newsLikeTexts } from './test-support/news-text.ts'

const unspun = createAnalyzer({ analyzers: [amountsAnalyzer] })
const amountsOf = (text: string) => unspun.analyze({ text, language: 'en' }).amounts

type Expected = Partial<Amount> & { text: string }
const pick = (a: Amount, keys: string[]) => Object.fromEntries(keys.map((k) => [k, a[k as keyof Amount] ?? null]))

/** Every case must produce exactly the listed amounts, compared on the fields each lists. */
function check(cases: { text: string; amounts: Expected[] }[]) {
  for (const { text, amounts } of cases) {
    test(text, () => {
      const found = amountsOf(text)
      assert.deepEqual(
        found.map((a, i) => pick(a, Object.keys(amounts[i] ?? { text: '' }))),
        amounts.map((e) => pick(e as Amount, Object.keys(e))),
      )
    })
  }
}

test('the analyzer declares what it reads and produces', () => {
  assert.equal(amountsAnalyzer.id, 'facts/amounts')
  assert.equal(amountsAnalyzer.produces, 'amounts')
  assert.deepEqual(amountsAnalyzer.needs, ['tokens', 'sentences'])
})

describe('counts with their counted noun', () => {
  check([
    { text: 'More than 1,200 troops arrived.', amounts: [{ text: 'More than 1,200 troops', value: 1200, qualifier: 'more_than', unit: 'troops', kind: 'count' }] },
    { text: 'NATO sent more than 1,200 Russian troops.', amounts: [{ text: 'more than 1,200 Russian troops', unit: 'troops' }] },
    { text: 'They sent 1,200 soldiers and 40 aircraft.', amounts: [{ text: '1,200 soldiers', value: 1200, unit: 'soldiers' }, { text: '40 aircraft', value: 40, unit: 'aircraft' }] },
    { text: 'Five armoured personnel carriers were seen.', amounts: [{ text: 'Five armoured personnel carriers', value: 5, unit: 'carriers' }] },
    { text: 'One Ukrainian soldier was wounded.', amounts: [{ text: 'One Ukrainian soldier', value: 1, unit: 'soldier' }] },
    { text: 'The price was 3.5 per item.', amounts: [{ text: '3.5', value: 3.5, unit: null, kind: 'other' }] },
  ])
})

describe('numbers in words', () => {
  check([
    { text: 'Twelve drones were downed.', amounts: [{ text: 'Twelve drones', value: 12, unit: 'drones' }] },
    { text: 'Two thousand people marched.', amounts: [{ text: 'Two thousand people', value: 2000, unit: 'people' }] },
    { text: 'One hundred and twenty tanks moved.', amounts: [{ text: 'One hundred and twenty tanks', value: 120 }] },
    { text: 'Twenty-five villages were hit.', amounts: [{ text: 'Twenty-five villages', value: 25, unit: 'villages' }] },
    { text: 'The fund holds 1.2 million doses.', amounts: [{ text: '1.2 million doses', value: 1_200_000, unit: 'doses' }] },
    { text: 'A dozen drones flew over.', amounts: [{ text: 'A dozen drones', value: 12, qualifier: 'exact' }] },
    { text: 'Hundreds of civilians fled.', amounts: [{ text: 'Hundreds of civilians', value: 100, qualifier: 'more_than', unit: 'civilians' }] },
    { text: 'Tens of thousands of refugees crossed.', amounts: [{ text: 'Tens of thousands of refugees', value: 10_000, qualifier: 'more_than' }] },
    { text: 'Half a million people lost power.', amounts: [{ text: 'Half a million people', value: 500_000 }] },
  ])
})

describe('qualifiers', () => {
  const qualified: [string, Amount['qualifier']][] = [
    ['over', 'more_than'], ['in excess of', 'more_than'], ['at least', 'at_least'], ['about', 'about'], ['around', 'about'], ['approximately', 'about'],
    ['some', 'about'], ['roughly', 'about'], ['an estimated', 'about'], ['up to', 'up_to'], ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'],
    ['fewer than', 'less_than'], ['less than', 'less_than'], ['under', 'less_than'], ['at most', 'at_most'], ['no more than', 'at_most'],
  ]
  check(qualified.map(([words, qualifier]) => ({ text: `They counted ${words} 300 vehicles.`, amounts: [{ text: `${words} 300 vehicles`, value: 300, qualifier }] })))
})

describe('ranges', () => {
  check([
    { text: 'About 2,500 servicemen and 40 gunmen were counted.', amounts: [{ text: 'About 2,500 servicemen', value: 2500, unit: 'servicemen' }, { text: '40 gunmen', value: 40, unit: 'gunmen' }] },
    { text: 'Between 1,000 and 1,200 troops took part.', amounts: [{ text: 'Between 1,000 and 1,200 troops', value: 1000, max: 1200, qualifier: 'range', unit: 'troops' }] },
    { text: 'It deployed 1,000 to 1,200 troops.', amounts: [{ text: '1,000 to 1,200 troops', value: 1000, max: 1200, qualifier: 'range' }] },
    { text: 'It deployed 1,000–1,200 troops.', amounts: [{ text: '1,000–1,200 troops', value: 1000, max: 1200, qualifier: 'range' }] },
    // a range of days before a month is a date, not an amount
    { text: 'The exercise ran from 3 to 14 April with 300 troops.', amounts: [{ text: '300 troops', value: 300 }] },
    { text: 'The exercise ran 3-14 April.', amounts: [] },
    { text: 'Prices rose from 2 to 3 million dollars.', amounts: [{ text: 'from 2 to 3 million dollars', value: 2_000_000, max: 3_000_000, unit: 'USD', kind: 'money' }] },
  ])
})

describe('money, percentages and measures', () => {
  check([
    { text: 'The EU pledged $2.5 billion.', amounts: [{ text: '$2.5 billion', value: 2_500_000_000, unit: 'USD', kind: 'money' }] },
    { text: 'A €40m loan was agreed.', amounts: [{ text: '€40m', value: 40_000_000, unit: 'EUR', kind: 'money' }] },
    { text: 'It costs 2 billion dollars.', amounts: [{ text: '2 billion dollars', value: 2_000_000_000, unit: 'USD', kind: 'money' }] },
    { text: 'Aid of USD 3 million arrived.', amounts: [{ text: 'USD 3 million', value: 3_000_000, unit: 'USD', kind: 'money' }] },
    { text: 'Support fell by 12%.', amounts: [{ text: '12%', value: 12, unit: '%', kind: 'percent' }] },
    { text: 'Support fell by 12 per cent.', amounts: [{ text: '12 per cent', value: 12, unit: '%', kind: 'percent' }] },
    { text: 'The column advanced 40 km.', amounts: [{ text: '40 km', value: 40, unit: 'km', kind: 'measure' }] },
    { text: 'The column advanced 40 kilometres.', amounts: [{ text: '40 kilometres', unit: 'km', kind: 'measure' }] },
    { text: 'They shipped 5,000 tonnes of grain.', amounts: [{ text: '5,000 tonnes', unit: 't', kind: 'measure' }] },
    { text: 'Fires burned 300 km² of forest.', amounts: [{ text: '300 km²', unit: 'km²', kind: 'measure' }] },
    { text: 'The talks lasted 3 days.', amounts: [{ text: '3 days', unit: 'days', kind: 'measure' }] },
  ])
})

describe('currency signs made of letters and the lakh and crore scales', () => {
  check([
    { text: 'Revenue reached GH¢61.2 billion.', amounts: [{ text: 'GH¢61.2 billion', value: 61_200_000_000, unit: 'GHS', kind: 'money' }] },
    { text: 'The state will add Rs 1.2 lakh crore to spending.', amounts: [{ text: 'Rs 1.2 lakh crore', value: 1_200_000_000_000, unit: 'INR', kind: 'money' }] },
    { text: 'Borrowing will be no more than Rs 500 crore.', amounts: [{ text: 'no more than Rs 500 crore', value: 5_000_000_000, qualifier: 'at_most', unit: 'INR' }] },
    { text: 'Each family got Rs500 and KSh 2,000.', amounts: [{ text: 'Rs500', value: 500, unit: 'INR' }, { text: 'KSh 2,000', value: 2000, unit: 'KES' }] },
    { text: 'The census found 40 lakh vacancies.', amounts: [{ text: '40 lakh vacancies', value: 4_000_000, unit: 'vacancies', kind: 'count' }] },
    { text: 'Aid of 2 thousand million euros arrived.', amounts: [{ text: '2 thousand million euros', value: 2_000_000_000, unit: 'EUR' }] },
    // a short number after a capitalised word is still a label, unless the word is a currency
    { text: 'A ticket costs Rs 500 and a pass USD 120.', amounts: [{ text: 'Rs 500', value: 500, unit: 'INR' }, { text: 'USD 120', value: 120, unit: 'USD' }] },
    { text: 'They waited for Bus 500 in the rain.', amounts: [] },
    { text: 'They flew a Boeing 737 to Paris.', amounts: [] },
  ])
})

describe('what a number refers to', () => {
  check([
    // a number in words after "the" refers back to a known set
    { text: 'The two countries began talks and the three governments agreed.', amounts: [] },
    { text: 'Two countries sent troops.', amounts: [{ text: 'Two countries', value: 2, unit: 'countries' }] },
    // a part of a group is counted; "one of them" is a pronoun
    { text: 'Two of the injured were children.', amounts: [{ text: 'Two', value: 2, unit: null }] },
    { text: 'The ships fired on the boats, damaging one of them.', amounts: [] },
    // a number in words that ends the object of a verb counts what it leaves out
    { text: 'The shelling hit a village, killing three civilians and wounding seven, officials said.', amounts: [{ text: 'three civilians', value: 3 }, { text: 'seven', value: 7, unit: null }] },
    { text: 'The talks, involving seven of the parties, resumed.', amounts: [{ text: 'seven', value: 7 }] },
    // not when something follows the number: "seven times" is a frequency
    { text: 'Reports of shelling seven times a day were false.', amounts: [] },
    // a number that leads or ends a name, a rank, an age
    { text: 'The crews flew from 815 Naval Air Squadron at Yeovilton.', amounts: [] },
    { text: 'The crews flew 815 sorties.', amounts: [{ text: '815 sorties', value: 815, unit: 'sorties' }] },
    { text: 'The judge halted deportations for nearly 300 Iraqis.', amounts: [{ text: 'nearly 300', value: 300, qualifier: 'nearly' }] },
    { text: 'Exercise Pitch Black 2026 begins today.', amounts: [] },
    { text: 'Israel, ranked among the top 10 for the first time, held 43 journalists.', amounts: [{ text: '43 journalists', value: 43 }] },
    { text: 'The law bars Australians under 16 from holding accounts.', amounts: [] },
    { text: 'The toll rose to over 45 on Friday.', amounts: [{ text: 'over 45', value: 45, qualifier: 'more_than' }] },
  ])
})

describe('ranges, durations and counted nouns', () => {
  check([
    { text: 'Importers pay deposits of between 30.6 percent and 39 percent of the value.', amounts: [{ text: 'between 30.6 percent and 39 percent', value: 30.6, max: 39, qualifier: 'range', unit: '%' }] },
    // a percentage and what is no percentage make no range
    { text: 'Clearing dropped 25.7% to 8,174 square kilometres.', amounts: [{ text: '25.7%', value: 25.7, qualifier: 'exact' }, { text: '8,174 square kilometres', value: 8174, unit: 'km²' }] },
    { text: 'Inflation will be 10 to 15%.', amounts: [{ text: '10 to 15%', value: 10, max: 15, qualifier: 'range', unit: '%' }] },
    // "over" before a duration is a span of time, unless a length is asked for
    { text: 'The bill gives grants over five years to hospitals.', amounts: [{ text: 'five years', value: 5, qualifier: 'exact', unit: 'years' }] },
    { text: 'He was jailed for over five years.', amounts: [{ text: 'over five years', value: 5, qualifier: 'more_than', unit: 'years' }] },
    // a duration counted from another time in the text is still a duration; "ago" makes a date
    { text: 'The move came five days after the vote.', amounts: [{ text: 'five days', value: 5, unit: 'days' }] },
    { text: 'A member that leaves must give one year\'s written notice.', amounts: [{ text: 'one year', value: 1, unit: 'year' }] },
    { text: 'It paid 2.1 billion reais in fines.', amounts: [{ text: '2.1 billion reais', value: 2_100_000_000, unit: 'BRL', kind: 'money' }] },
    // model names with digits and long names are modifiers of the counted noun
    { text: 'The air force deployed six Su-30MKI fighters.', amounts: [{ text: 'six Su-30MKI fighters', value: 6, unit: 'fighters' }] },
    { text: 'It flew in two M142 High Mobility Artillery Rocket Systems.', amounts: [{ text: 'two M142 High Mobility Artillery Rocket Systems', value: 2, unit: 'Systems' }] },
    // a Title Case headline: the plural that comes first is the head
    { text: 'Two Smugglers Caught At Border', amounts: [{ text: 'Two Smugglers', value: 2, unit: 'Smugglers' }] },
  ])
})

describe('not amounts', () => {
  check([
    { text: 'The law was passed in 2021.', amounts: [] },
    { text: 'The summit opened on 5 May 2021.', amounts: [] },
    { text: 'The summit opened on 5th May.', amounts: [] },
    { text: 'The summit opened on May 5.', amounts: [] },
    { text: 'The summit opened at 10:30.', amounts: [] },
    { text: 'Resolution 2254 calls for a ceasefire.', amounts: [] },
    { text: 'Article 5 of the treaty applies.', amounts: [] },
    { text: 'Call +44 20 7946 0958 for details.', amounts: [] },
    { text: 'Shelling began two days ago.', amounts: [] },
    { text: 'The two met on Tuesday.', amounts: [] },
    // a part of a year is a date, not a duration; a part of something else is a duration
    { text: 'Entries fell in the first seven months of the year.', amounts: [] },
    { text: 'Entries fell in the first seven months of his term.', amounts: [{ text: 'seven months', value: 7, unit: 'months' }] },
    { text: 'Steps:\n1. Register.\n2. Vote.', amounts: [] },
  ])
})

test('amounts come out in text order and each text is the slice it points at', () => {
  const text = 'About 300 troops, $4 million in aid and 12% of the budget arrived in 2021; hundreds of people watched.'
  const found = amountsOf(text)
  assert.deepEqual(found.map((a) => a.text), ['About 300 troops', '$4 million', '12%', 'hundreds of people'])
  for (const a of found) assert.equal(text.slice(a.start, a.end), a.text)
  assert.deepEqual(found.map((a) => a.start), [...found.map((a) => a.start)].sort((x, y) => x - y))
})

describe('on any text', () => {
  const texts = newsLikeTexts
  const analyzer = createAnalyzer({ analyzers: [amountsAnalyzer] })
  test('findings stay inside the text, equal their slice, and nothing is dropped or thrown', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const report = analyzer.analyze({ text, language: 'en', published: '2021-05-12' })
        assert.deepEqual(report.problems, [])
        const found = report.amounts
        for (const f of found) assert.equal(text.slice(f.start, f.end), f.text)
        for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'amounts are in text order and do not overlap')
      }),
      { numRuns: 300 },
    )
  })
})
