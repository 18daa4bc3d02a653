import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hostileReport, pressReleaseReport } from '../../../test/fixtures/reports.ts'
import { csvCell, formatCsv } from './csv.ts'

/** A strict RFC 4180 reader: quoted fields may hold commas, quotes and line breaks; rows end with CRLF. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < csv.length) {
    let field = ''
    if (csv[i] === '"') {
      i++
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field')
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (csv[i] === '"') break
        else field += csv[i++]
      }
      i++
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} in an unquoted field at ${i}`)
        field += csv[i++]
      }
    }
    row.push(field)
    if (csv[i] === ',') i++
    else if (csv.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else throw new Error(`expected , or CRLF at ${i}`)
  }
  return rows
}

test('the header names the columns, then one row per sentence, finding and problem', () => {
  const report = pressReleaseReport()
  const [header, ...rows] = parseCsv(formatCsv([report]))
  assert.deepEqual(header, ['document_id', 'section', 'start', 'end', 'line', 'column', 'label', 'text', 'confidence', 'detail'])
  const mentions = report.entities.reduce((n, e) => n + e.mentions.length, 0)
  const findings = report.sentences.length + mentions + report.quotes.length + report.amounts.length + report.dates.length + report.events.length + report.techniques.length
  assert.equal(rows.length, findings + report.problems.length)
  for (const row of rows) assert.equal(row.length, header.length)
})

test('each row points at its span with offsets and line:column, and carries the text', () => {
  const report = pressReleaseReport()
  const rows = parseCsv(formatCsv([report])).slice(1)
  const loaded = rows.find((r) => r[6] === 'loaded_language')
  const { start, end } = report.techniques[0]
  assert.deepEqual(loaded?.slice(0, 9), ['sco-exercise', 'techniques', String(start), String(end), '7', '42', 'loaded_language', 'puppets of a corrupt regime', '0.82'])
  assert.match(loaded?.[9] ?? '', /strong emotional charge/)
  const event = rows.find((r) => r[1] === 'events')
  assert.equal(event?.[6], '0871')
  assert.match(event?.[9] ?? '', /actor: Shanghai Cooperation Organisation/)
  const quote = rows.find((r) => r[1] === 'quotes')
  assert.match(quote?.[9] ?? '', /speaker: Vladimir Norov \(SCO Secretary-General\)/)
  for (const row of rows.filter((r) => r[1] !== 'problems')) assert.equal(row[7], report.document.text.slice(Number(row[2]), Number(row[3])))
  assert.deepEqual(rows.at(-1)?.slice(1, 7), ['problems', '', '', '', '', 'facts/dates'])
})

test('cells that a spreadsheet would run as formulas start with an apostrophe', () => {
  assert.equal(csvCell('=SUM(A1:A9)'), "'=SUM(A1:A9)")
  assert.equal(csvCell('+1'), "'+1")
  assert.equal(csvCell('-1'), "'-1")
  assert.equal(csvCell('@cmd'), "'@cmd")
  assert.equal(csvCell('\tx'), "'\tx")
  assert.equal(csvCell(-1), '-1')
  assert.equal(csvCell('plain'), 'plain')
  const rows = parseCsv(formatCsv([hostileReport()])).slice(1)
  const doubt = rows.find((r) => r[6] === 'doubt')
  assert.equal(doubt?.[7], `'=HYPERLINK("http://example.invalid","click")`)
  assert.match(doubt?.[9] ?? '', /^'=1\+1/)
  for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@]/)
})

test('quotes, commas and line breaks inside cells are quoted per RFC 4180', () => {
  assert.equal(csvCell('say "no", twice'), '"say ""no"", twice"')
  assert.equal(csvCell('two\nlines'), '"two\nlines"')
  const report = hostileReport()
  const rows = parseCsv(formatCsv([report, pressReleaseReport()])).slice(1)
  assert.ok(rows.some((r) => r[7] === '"quotes"'))
  assert.equal(new Set(rows.map((r) => r[0])).size, 2)
})
