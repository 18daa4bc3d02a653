import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createAnalyzer } from '../../engine/engine.ts'
import type { DateFinding } from '../../report/schema.ts'
import datesAnalyzer from './dates.ts'
import { newsLikeTexts } from './test-support/news-text.ts'

const unspun = createAnalyzer({ analyzers: [datesAnalyzer] })
// Wednesday 12 May 2021.
const PUBLISHED = '2021-05-12'
const datesOf = (text: string, published: string | null = PUBLISHED) => unspun.analyze({ text, published, language: 'en' }).dates
const brief = (d: DateFinding) => [d.text, d.resolved, d.granularity]

function check(cases: [string, [string, string | null, DateFinding['granularity']][]][], published: string | null = PUBLISHED) {
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(datesOf(text, published).map(brief), expected))
}

test('the analyzer declares what it reads and produces', () => {
  assert.equal(datesAnalyzer.id, 'facts/dates')
  assert.equal(datesAnalyzer.produces, 'dates')
})

describe('absolute dates', () => {
  check([
    ['WARSAW, 5 May 2021 — Troops arrived.', [['5 May 2021', '2021-05-05', 'day']]],
    ['Troops arrived on May 5, 2021.', [['May 5, 2021', '2021-05-05', 'day']]],
    ['Troops arrived on 2021-05-05.', [['2021-05-05', '2021-05-05', 'day']]],
    ['Troops arrived on 5/5/2021.', [['5/5/2021', '2021-05-05', 'day']]],
    ['Troops arrived on 4/5/2021.', [['4/5/2021', '2021-05-04', 'day']]],
    ['Troops arrived on 5/13/2021.', [['5/13/2021', '2021-05-13', 'day']]],
    ['Troops arrived on Tuesday, 4 May 2021.', [['Tuesday, 4 May 2021', '2021-05-04', 'day']]],
    ['Troops arrived in May 2021.', [['May 2021', '2021-05', 'month']]],
    ['The law was passed in 2014.', [['2014', '2014', 'year']]],
    ['The 2014 annexation is not recognised.', [['2014', '2014', 'year']]],
  ])
})

describe('relative dates resolved against the publication date', () => {
  check([
    ['The talks ended today.', [['today', '2021-05-12', 'day']]],
    ['The talks ended yesterday.', [['yesterday', '2021-05-11', 'day']]],
    ['The talks ended two days ago.', [['two days ago', '2021-05-10', 'day']]],
    ['The talks ended last Tuesday.', [['last Tuesday', '2021-05-11', 'day']]],
    ['The talks ended on Tuesday.', [['Tuesday', '2021-05-11', 'day']]],
    ['Ministers met on Wednesday.', [['Wednesday', '2021-05-12', 'day']]],
    ['The talks will resume on Tuesday.', [['Tuesday', '2021-05-18', 'day']]],
    ['The talks will resume next Tuesday.', [['next Tuesday', '2021-05-18', 'day']]],
    ['Troops arrived on 5 May.', [['5 May', '2021-05-05', 'day']]],
    ['Troops left on 20 December.', [['20 December', '2020-12-20', 'day']]],
    ['The summit will open on 3 March.', [['3 March', '2022-03-03', 'day']]],
    ['Prices rose earlier this month.', [['earlier this month', '2021-05', 'month']]],
    ['Prices rose last week.', [['last week', '2021-05-03', 'week']]],
    ['Prices will rise next month.', [['next month', '2021-06', 'month']]],
    ['Prices rose this year and fell last year.', [['this year', '2021', 'year'], ['last year', '2020', 'year']]],
    ['The meeting on Tuesday at 10:30 GMT ended without a deal.', [['Tuesday at 10:30 GMT', '2021-05-11', 'day']]],
    ['Shelling resumed three weeks ago.', [['three weeks ago', '2021-04-19', 'week']]],
  ])
})

describe('without a publication date relative dates stay unresolved', () => {
  check(
    [
      ['The talks ended yesterday.', [['yesterday', null, 'day']]],
      ['The talks ended on Tuesday, not on 5 May 2021.', [['Tuesday', null, 'day'], ['5 May 2021', '2021-05-05', 'day']]],
    ],
    null,
  )
})

describe('vague dates are kept unresolved', () => {
  check([
    ['Troops recently moved and talks will follow soon.', [['recently', null, 'unknown'], ['soon', null, 'unknown']]],
    // the preposition is left out of the span, as with every date
    ['Prices rose in recent weeks.', [['recent weeks', null, 'unknown']]],
    ['Frigates will join in the coming days.', [['the coming days', null, 'unknown']]],
    // "as soon as possible" is no time
    ['They asked for the vote to be held as soon as possible.', []],
  ])
})

describe('not dates', () => {
  check([
    ['It may rain, and they may march.', []],
    ['They counted 2000 troops and 12 tanks.', []],
    ['Resolution 2118 calls for a ceasefire.', []],
    ['About 2,021 voters took part.', []],
    // a year inside a name: an exercise, a tournament, a programme
    ['Troops joined the Cold Response 2022 exercise.', []],
    ['The Zapad-2021 drills were watched by observers.', []],
    ['Fans travelled to Euro 2024 and spoke of Vision 2030.', []],
  ])
})

describe('a capitalised word that leads a year still gives a date', () => {
  check([
    ['In 2014 the border moved.', [['2014', '2014', 'year']]],
    ['Summer 2024 was dry.', [['2024', '2024', 'year']]],
    ['Troops arrived in May 2021 for the Cold Response 2022 exercise.', [['May 2021', '2021-05', 'month']]],
  ])
})

test('dates come out in text order and each text is the slice it points at', () => {
  const text = 'On 5 May 2021, two days after talks began on Monday, NATO said it would act next month.'
  const found = datesOf(text)
  assert.deepEqual(found.map((d) => d.text), ['5 May 2021', 'Monday', 'next month'])
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text)
})

test('a year-less date in a past-tense clause never lands after publication', () => {
  assert.deepEqual(datesOf('As I wrote in my October 11 article, the plan failed.', '2018-06-01').map(brief), [['October 11', '2017-10-11', 'day']])
  assert.deepEqual(datesOf('Talks on 20 May.', '2021-05-12').map(brief), [['20 May', '2021-05-20', 'day']])
})

describe('the tense of a year-less date is read in its own clause', () => {
  check([
    // "took over … on 1 August": past, though a later clause looks ahead.
    ['The contingent took over the mission on 1 August and will hand it over in December.', [['1 August', '2020-08-01', 'day'], ['December', '2021-12', 'month']]],
    ['The contingent will arrive on 1 August and stay until June.', [['1 August', '2021-08-01', 'day'], ['June', '2021-06', 'month']]],
    // a past form after a range ("from 3 to 14 November, brought together …") is not put in the future by "to".
    ['The drills, held from 3 to 14 April, brought together 3,000 troops.', [['3 to 14 April', '2021-04-03', 'day']]],
    ['The treaty is to be signed on 3 December.', [['3 December', '2021-12-03', 'day']]],
    ['The talks will not be held on 3 December.', [['3 December', '2021-12-03', 'day']]],
    // "-ed" words that describe a noun are no past forms: "the allied troops", "150 armoured vehicles".
    ['Residents should expect traffic on 20 May, when 150 armoured vehicles will move.', [['20 May', '2021-05-20', 'day']]],
    ['The season began today and will last until the end of June.', [['today', '2021-05-12', 'day'], ['the end of June', '2021-06', 'month']]],
  ])
})

describe('a range of days is read as its first day', () => {
  check([
    ['The exercise ran from 3 to 14 April.', [['3 to 14 April', '2021-04-03', 'day']]],
    ['The exercise ran 3–14 April.', [['3–14 April', '2021-04-03', 'day']]],
  ])
})

describe('words that change the time meant join the span', () => {
  check([
    ['Cholera cases have risen since mid-March.', [['mid-March', '2021-03', 'month']]],
    ['The arrears will be paid by the end of September.', [['the end of September', '2021-09', 'month']]],
    ['The rules will apply from mid-2026.', [['mid-2026', '2026', 'year']]],
    ['Fourteen people died on the night of 3 to 4 May.', [['the night of 3 to 4 May', '2021-05-03', 'day']]],
    ['The ministry said so in a statement released early Friday.', [['early Friday', '2021-05-07', 'day']]],
    ['Talks were held between 20 and 24 April.', [['20 and 24 April', '2021-04-20', 'day']]],
    // a month without a part before it keeps its own span
    ['The talks ended in March.', [['March', '2021-03', 'month']]],
  ])
})

describe('a month placed by a relative year', () => {
  check([
    ['More than 600,000 people have crossed since April last year.', [['April last year', '2020-04', 'month']]],
    ['Since 7 October last year, a million people have fled.', [['7 October last year', '2020-10-07', 'day']]],
    ['The plan takes effect in January next year.', [['January next year', '2022-01', 'month']]],
    // "last year" alone is a year
    ['Prices rose last year.', [['last year', '2020', 'year']]],
  ])
})

describe('parts of a year and fiscal years are read as their year', () => {
  check([
    ['The deficit narrowed in the first half of the year.', [['the first half of the year', '2021', 'year']]],
    ['Rents reached €1,624 in the fourth quarter of 2023.', [['the fourth quarter of 2023', '2023', 'year']]],
    ['Borrowing in the first quarter of the financial year was £49.8 billion.', [['the first quarter of the financial year', '2021', 'year']]],
    ['Entries fell in the first seven months of the year.', [['the first seven months of the year', '2021', 'year']]],
    ['The plan will be adopted by the end of the year.', [['the end of the year', '2021', 'year']]],
    ['Growth slowed in the third quarter.', [['the third quarter', '2021', 'year']]],
    ['Exports reached $22.8 billion in 2023-24.', [['2023-24', '2023', 'year']]],
    ['The budget for 2021-2027 has been cut.', [['2021-2027', '2021', 'year']]],
    ['The ministry will add spending for FY2025-26.', [['FY2025-26', '2025', 'year']]],
    // no year follows: a half of something else, and a score that is no span of years
    ['He scored in the first half of the match.', []],
    ['The team lost 2020-2019 in overtime.', [['2020', '2020', 'year'], ['2019', '2019', 'year']]],
  ])
})

describe('what looks ahead', () => {
  check([
    // the end of a range is not before its start
    ['Troops will take part in the drill from 13 May to 3 June, the ministry announced on Wednesday.', [['13 May', '2021-05-13', 'day'], ['3 June', '2021-06-03', 'day'], ['Wednesday', '2021-05-12', 'day']]],
    ['The drill ran from 13 April to 3 May, the ministry announced.', [['13 April', '2021-04-13', 'day'], ['3 May', '2021-05-03', 'day']]],
    // a weekday that opens a period looks ahead; one that opens a range does not
    ['The party welcomed the decision to introduce border controls from Monday, but called it late.', [['Monday', '2021-05-17', 'day']]],
    ['Fighting raged from Monday until Tuesday.', [['Monday', '2021-05-10', 'day'], ['Tuesday', '2021-05-11', 'day']]],
    // a weekday after a number or a change is a baseline, not the start of a period
    ['Some 3.4 million people are without power, an increase of about six percent from Monday.', [['Monday', '2021-05-10', 'day']]],
  ])
})

describe('what is called for, planned or told with a modal looks ahead', () => {
  check([
    ['The opposition called for a national day of protest on Thursday.', [['Thursday', '2021-05-13', 'day']]],
    // the day of the call, not of what is called for
    ['The opposition said on Thursday that it had called for a national day of protest.', [['Thursday', '2021-05-06', 'day']]],
    ['The UN called for a ceasefire on Thursday.', [['Thursday', '2021-05-06', 'day']]],
    ['Diplomats said the vote could take place on Friday.', [['Friday', '2021-05-14', 'day']]],
    ['The vote took place on Friday.', [['Friday', '2021-05-07', 'day']]],
    // a verb of saying after a comma attributes the clause and does not give its tense
    ['Strikes could hit airports on Friday, unions warned.', [['Friday', '2021-05-14', 'day']]],
    ['The talks ended on Friday, officials said.', [['Friday', '2021-05-07', 'day']]],
    // what was possible then, and a modal after the date or before a date that describes a noun
    ['Residents could not leave their homes on Friday.', [['Friday', '2021-05-07', 'day']]],
    ['Blasts could be heard across the city on Friday.', [['Friday', '2021-05-07', 'day']]],
    ['The aid could grow to $45 billion, according to Friday’s statement.', [['Friday', '2021-05-07', 'day']]],
    ['The president is to sign the law on Friday.', [['Friday', '2021-05-14', 'day']]],
  ])
})

describe('an infinitive of what was agreed, decided or promised looks ahead', () => {
  check([
    ['The partners had agreed to bring the rules into force on 1 January.', [['1 January', '2022-01-01', 'day']]],
    ['Ford has agreed to testify this Thursday.', [['this Thursday', '2021-05-13', 'day']]],
    ['The government decided on Monday to hold elections in December.', [['Monday', '2021-05-10', 'day'], ['December', '2021-12', 'month']]],
    // "to" before a place or a determiner opens no infinitive
    ['The minister travelled to Berlin on 1 January.', [['1 January', '2021-01-01', 'day']]],
    ['The board sent its decision to the courts on 14 April.', [['14 April', '2021-04-14', 'day']]],
    // a deadline that describes a noun, and an act already reported as done
    ['The board decided to deny the request before the Thursday deadline.', [['Thursday', '2021-05-06', 'day']]],
    ['He did no more than he already pledged to do in April.', [['April', '2021-04', 'month']]],
  ])
})

describe('putting off until a time looks ahead', () => {
  check([
    ['A law had postponed the presidential election until December.', [['December', '2021-12', 'month']]],
    ['The mandate was extended to June.', [['June', '2021-06', 'month']]],
    ['The elections were postponed until December last year.', [['December last year', '2020-12', 'month']]],
    // an act reported as done after the date
    ['The vote, delayed until 3 May, went ahead without incident.', [['3 May', '2021-05-03', 'day']]],
    ['A law postponed the election until December, ruling that the delay was lawful.', [['December', '2021-12', 'month']]],
    // the day of the postponing
    ['The talks were postponed in December.', [['December', '2020-12', 'month']]],
  ])
})

describe('an imperative or a call looks ahead', () => {
  check([
    ['We call on all patriots to rally in front of the Government House on Saturday at noon.', [['Saturday', '2021-05-15', 'day']]],
    ['Come to the square on Saturday.', [['Saturday', '2021-05-15', 'day']]],
    ['Crowds came to the square on Saturday.', [['Saturday', '2021-05-08', 'day']]],
    ['The opposition called on supporters to rally in the capital on Saturday.', [['Saturday', '2021-05-15', 'day']]],
    // a past call to do other than gather may tell of the day of the call; a bare day after the call is the day of the call
    ['Police asked residents to stay indoors on Tuesday.', [['Tuesday', '2021-05-11', 'day']]],
    ['The president urged senators to get on board Tuesday.', [['Tuesday', '2021-05-11', 'day']]],
  ])
})

describe('a weekend is its Saturday', () => {
  check([
    ['Partners distributed 1,200 tonnes of food last weekend.', [['last weekend', '2021-05-08', 'day']]],
    ['The lab will be running this weekend.', [['this weekend', '2021-05-15', 'day']]],
    ['She sat down with a reporter this weekend.', [['this weekend', '2021-05-08', 'day']]],
    ['Talks resume next weekend.', [['next weekend', '2021-05-22', 'day']]],
  ])
})

describe('overnight is the night before publication', () => {
  check([
    ['Russia launched 38 drones overnight, the air force said.', [['overnight', '2021-05-12', 'day']]],
    ['An overnight curfew was imposed.', []],
  ])
})

describe('a recurring time names no one date', () => {
  check([
    ['We will march every Saturday until they listen.', [['Saturday', null, 'unknown']]],
    ['We will march on Saturday.', [['Saturday', '2021-05-15', 'day']]],
  ])
})

describe('on any text', () => {
  const texts = newsLikeTexts
  const analyzer = createAnalyzer({ analyzers: [datesAnalyzer] })
  test('findings stay inside the text, equal their slice, and nothing is dropped or thrown', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const report = analyzer.analyze({ text, language: 'en', published: '2021-05-12' })
        assert.deepEqual(report.problems, [])
        const found = report.dates
        for (const f of found) assert.equal(text.slice(f.start, f.end), f.text)
        for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'dates are in text order and do not overlap')
        for (const d of found) assert.ok(d.resolved === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d.resolved))
      }),
      { numRuns: 300 },
    )
  })
})
