import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractTextMetadata } from './metadata.ts'

const BODY = 'The ministry said on Tuesday that more than 1,200 troops had taken part in the exercise, which ended after nine days.'
const doc = (...lines: string[]) => lines.join('\n')

test('a plain headline, a dateline and a signature block', () => {
  const text = doc(
    'Troops return home after exercise', '',
    `WARSAW, 5 May 2021 — ${BODY}`, '',
    'Spokesperson, Press Office of the Ministry of Foreign Affairs',
  )
  assert.deepEqual(extractTextMetadata(text), {
    title: 'Troops return home after exercise',
    issuer: 'Press Office of the Ministry of Foreign Affairs',
    published: '2021-05-05',
    dateline: { place: 'WARSAW', date: '2021-05-05' },
  })
})

test('headline labels are taken off or skipped', () => {
  const title = (...lines: string[]) => extractTextMetadata(doc(...lines, '', BODY)).title
  assert.equal(title('PRESS RELEASE – Troops return home'), 'Troops return home')
  assert.equal(title('Press Release: Troops return home'), 'Troops return home')
  assert.equal(title('FOR IMMEDIATE RELEASE', '', 'Troops return home'), 'Troops return home')
  assert.equal(title('For immediate release – 5 May 2021', 'Troops return home'), 'Troops return home')
  assert.equal(title('NATO ENDS DRILLS IN THE BALTIC.'), 'NATO ENDS DRILLS IN THE BALTIC.')
  assert.equal(title('“We will not back down,” says minister'), '“We will not back down,” says minister')
})

test('a first line that is not a headline gives no title', () => {
  const title = (text: string) => extractTextMetadata(text).title
  assert.equal(title(`${BODY}\n\nSecond paragraph.`), null)
  assert.equal(title('The ministry said on Tuesday that troops\nhad returned from the exercise.'), null)
  assert.equal(title('Troops return home'), null)
  assert.equal(title(`WARSAW, 5 May 2021 — Troops returned\n\n${BODY}`), null)
  assert.equal(title(`Dear colleagues,\n\n${BODY}`), null)
  assert.equal(title(`${'Very long headline '.repeat(12)}\n\n${BODY}`), null)
})

test('a letterhead above the headline is the issuer, not the title', () => {
  const metadata = extractTextMetadata(doc('MINISTRY OF FOREIGN AFFAIRS', 'PRESS RELEASE', 'Statement on the expulsion of diplomats', '', BODY))
  assert.equal(metadata.title, 'Statement on the expulsion of diplomats')
  assert.equal(metadata.issuer, 'MINISTRY OF FOREIGN AFFAIRS')
})

test('datelines in several styles', () => {
  const dateline = (line: string) => extractTextMetadata(doc('Headline here', '', line, '', BODY)).dateline
  assert.deepEqual(dateline(`WARSAW, 5 May 2021 — ${BODY}`), { place: 'WARSAW', date: '2021-05-05' })
  assert.deepEqual(dateline(`Bishkek, Kyrgyzstan, May 5, 2021: ${BODY}`), { place: 'Bishkek, Kyrgyzstan', date: '2021-05-05' })
  assert.deepEqual(dateline(`HAMBURG, Germany, May 5, 2021 /PRNewswire/ -- ${BODY}`), { place: 'HAMBURG, Germany', date: '2021-05-05' })
  assert.deepEqual(dateline(`The Hague, 05.05.2021. ${BODY}`), { place: 'The Hague', date: '2021-05-05' })
  assert.deepEqual(dateline(`KYIV (Reuters) — ${BODY}`), { place: 'KYIV', date: null })
  assert.deepEqual(dateline(`BRUSSELS, May 5 (Reuters) - ${BODY}`), { place: 'BRUSSELS', date: null })
  assert.deepEqual(dateline('2021-05-05'), { place: null, date: '2021-05-05' })
  assert.equal(dateline(`On Tuesday, 5 May 2021, ${BODY}`), null)
  assert.equal(dateline(`BREAKING — ${BODY}`), null)
})

test('the publication date from a dateline, a labelled line or a closing date', () => {
  const published = (...lines: string[]) => extractTextMetadata(doc(...lines)).published
  assert.equal(published('Headline here', '', 'Date: 14 March 2025', '', BODY), '2025-03-14')
  assert.equal(published('Headline here', '', BODY, '', 'Issued on 14.03.2025'), '2025-03-14')
  assert.equal(published('Headline here', '', BODY, '', 'Moscow, 14 March 2025'), '2025-03-14')
  assert.equal(published('Headline here', '', `MOSCOW, 14 March 2025 — ${BODY}`, '', 'Moscow, 1 April 2025'), '2025-03-14')
  // A date inside a sentence is an event date, not the release date.
  assert.equal(published('Headline here', '', 'The treaty was signed on 5 May 2021 in Warsaw by both sides.'), null)
})

test('issuer from signature blocks of several styles', () => {
  const issuer = (...closing: string[]) => extractTextMetadata(doc('Headline here', '', BODY, '', ...closing)).issuer
  assert.equal(issuer('Spokesperson, Press Office of the Ministry of Foreign Affairs'), 'Press Office of the Ministry of Foreign Affairs')
  assert.equal(issuer('Anna Novak', 'Spokesperson', 'Ministry of National Defence'), 'Ministry of National Defence')
  assert.equal(issuer('Anna Novak, Spokesperson, Ministry of National Defence'), 'Ministry of National Defence')
  assert.equal(issuer('Media Office of the Eurasian Sovereignty Movement', 'Almaty', '', 'Contact: media@esm.example'), 'Media Office of the Eurasian Sovereignty Movement')
  assert.equal(issuer('Issued by the Press Office of the National Unity Party'), 'Press Office of the National Unity Party')
  assert.equal(issuer('This statement was issued by Civic Rights Monitor.'), 'Civic Rights Monitor')
  assert.equal(issuer('— The Civic Renewal Party', '', '###', '', 'Press contact: Tomas Hrabal, +420 555 010 203, press@crp.example'), 'Civic Renewal Party')
  assert.equal(issuer('Press Office', 'Green Future Party', '', '-ends-'), 'Green Future Party')
  assert.equal(issuer('- ENDS -', '', 'About Northwind Energy', 'Northwind Energy is a developer of offshore wind farms.', '', 'Media contact: press@northwind.example'), 'Northwind Energy')
  assert.equal(issuer('-- The Green Future Party.'), 'Green Future Party')
})

test('issuer from the opening or from a "Statement by" headline', () => {
  assert.equal(
    extractTextMetadata(doc('New battalion arrives', '', `VILNIUS, 8 April 2025 — The Ministry of National Defence announced today that ${BODY}`)).issuer,
    'Ministry of National Defence',
  )
  assert.equal(extractTextMetadata(doc('Party calls for inquiry', '', `The Civic Renewal Party (CRP) has announced a petition. ${BODY}`)).issuer, 'Civic Renewal Party')
  assert.equal(
    extractTextMetadata(doc('Statement by the Spokesperson of the Ministry of Foreign Affairs on the new sanctions', '', BODY)).issuer,
    'Ministry of Foreign Affairs',
  )
  // a short line of its own under the headline
  assert.equal(extractTextMetadata(doc('Drills end near the border', '', 'Statement of the Andean Peace Council', '', BODY)).issuer, 'Andean Peace Council')
  assert.equal(extractTextMetadata(doc('Drills end near the border', '', 'Press Office of the Green Dawn Movement', 'Lima, 3 March 2024', '', BODY)).issuer, 'Press Office of the Green Dawn Movement')
})

test('no issuer rather than a wrong one', () => {
  const issuer = (...closing: string[]) => extractTextMetadata(doc('Headline here', '', BODY, '', ...closing)).issuer
  assert.equal(issuer(), null)
  assert.equal(issuer('— Jane Doe'), null)
  assert.equal(issuer('Glory to the heroes!'), null)
  assert.equal(issuer('Press Office'), null)
  assert.equal(issuer('©2018 The Daily Courier', 'Distributed by Tribune Content Agency, LLC.'), null)
  assert.equal(issuer('We call on the Ministry of Health to act now, before more patients suffer from the shortage.'), null)
  assert.equal(extractTextMetadata(doc('Headline here', '', `President Novak announced today that ${BODY}`)).issuer, null)
  // a subheading that names no organisation, or a sentence, is no byline
  assert.equal(extractTextMetadata(doc('Headline here', '', 'Why the talks failed', '', BODY)).issuer, null)
  assert.equal(extractTextMetadata(doc('Headline here', '', 'The Ministry of Health opened a clinic.', '', BODY)).issuer, null)
})

test('only the beginning and the end of a long text are read', () => {
  const middle = `${BODY}\n\n`.repeat(50_000)
  const text = doc('Troops return home', '', `WARSAW, 5 May 2021 — ${BODY}`, '', middle, 'Issued by the Press Office of the National Unity Party')
  assert.deepEqual(extractTextMetadata(text), {
    title: 'Troops return home',
    issuer: 'Press Office of the National Unity Party',
    published: '2021-05-05',
    dateline: { place: 'WARSAW', date: '2021-05-05' },
  })
})
