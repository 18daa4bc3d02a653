import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createCameoCodebook, parseCameoCodebook, quadClassOf } from './codebook.ts'

const EVENT_CODES = [
  'CAMEOEVENTCODE\tEVENTDESCRIPTION',
  '1\tVerbal Cooperation',
  '01\tMAKE PUBLIC STATEMENT',
  '010\tMake statement, not specified below',
  '4\tMaterial Conflict',
  '16\tREDUCE RELATIONS',
  '163\tImpose embargo, boycott, or sanctions ',
  '1621\tReduce or stop  economic assistance',
].join('\n')
const GOLDSTEIN = ['CAMEOEVENTCODE\tGOLDSTEINSCALE', '01\t0.0', '010\t0.0', '16\t-4.0', '163\t-8.0'].join('\n')

test('the quad class comes from the two-digit root', () => {
  assert.deepEqual(['010', '0211', '057', '06', '087', '094', '10', '1382', '14', '163', '20', '2042'].map(quadClassOf), [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4])
  assert.throws(() => quadClassOf('21'), /outside the CAMEO roots/)
  assert.throws(() => quadClassOf('1'), /not a CAMEO event code/)
})

test('reads codes with leading zeros, trims labels, and leaves out the quad-class headings', () => {
  const codes = parseCameoCodebook(EVENT_CODES, GOLDSTEIN)
  assert.deepEqual(
    codes.map((c) => `${c.code} ${c.quadClass} ${c.goldstein} ${c.label}`),
    [
      '01 1 0 MAKE PUBLIC STATEMENT',
      '010 1 0 Make statement, not specified below',
      '16 4 -4 REDUCE RELATIONS',
      '163 4 -8 Impose embargo, boycott, or sanctions',
      '1621 4 -4 Reduce or stop economic assistance',
    ],
  )
})

test('a code without its own weight takes its nearest ancestor’s ("1621" → "16")', () => {
  const codebook = createCameoCodebook(parseCameoCodebook(EVENT_CODES, GOLDSTEIN))
  assert.equal(codebook.get('1621')?.goldstein, -4)
  assert.equal(codebook.has('163'), true)
  assert.equal(codebook.get('999'), undefined)
})

test('a weight that is not a number is an error naming the code', () => {
  assert.throws(() => parseCameoCodebook(EVENT_CODES, 'CAMEOEVENTCODE\tGOLDSTEINSCALE\n010\tabc\n'), /goldstein\.tsv: the row for '010'/)
  assert.throws(() => parseCameoCodebook('CAMEOEVENTCODE\tEVENTDESCRIPTION\n0999\tOrphan\n', GOLDSTEIN), /no weight for '0999'/)
})
