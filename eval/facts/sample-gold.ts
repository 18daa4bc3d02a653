import type { GoldFile } from './gold-format.ts'
import { resolveGold, type GoldDocument } from './gold-set.ts'

/** A short annotated document the scorer tests predict against. */
export const SAMPLE_TEXT =
  'TALLINN — Estonia called up about 2,000 reservists on Monday, the Ministry of Defence said. ' +
  '“We stand together,” said Liis Tamm. Russian aircraft violated Estonian airspace twice last week, Tamm added.'

/** Builds the sample gold document; `overrides` replaces whole layers. */
export function sampleGold(overrides: Partial<GoldFile> = {}): GoldDocument {
  const file: GoldFile = {
    id: 'sample',
    title: 'sample',
    issuer: 'Ministry of Defence',
    kind: 'test',
    published: '2024-05-08',
    entities: [
      { name: 'Tallinn', type: 'location', mentions: ['TALLINN'] },
      { name: 'Estonia', type: 'location', mentions: ['Estonia'] },
      { name: 'Ministry of Defence', type: 'organization', mentions: ['Ministry of Defence'] },
      { name: 'Liis Tamm', type: 'person', mentions: ['Liis Tamm', { text: 'Tamm', occurrence: 1 }] },
      { name: 'Russian', type: 'nationality', mentions: ['Russian'] },
      { name: 'Estonian', type: 'nationality', mentions: ['Estonian'] },
    ],
    quotes: [
      { text: 'Estonia called up about 2,000 reservists on Monday', direct: false, speaker: 'Ministry of Defence' },
      { text: 'We stand together,', direct: true, speaker: 'Liis Tamm' },
      { text: 'Russian aircraft violated Estonian airspace twice last week', direct: false, speaker: 'Liis Tamm' },
    ],
    amounts: [{ text: 'about 2,000 reservists', value: 2000, qualifier: 'about', unit: 'reservists' }],
    dates: [
      { text: 'Monday', resolved: '2024-05-06' },
      { text: 'last week', resolved: '2024-04-29' },
    ],
    events: [
      { cameo: '15', trigger: 'called up', actor: 'Estonia', target: null, location: null, background: false },
      { cameo: '15', trigger: 'violated', actor: 'Russian', target: 'Estonian', location: null, background: false },
    ],
    ...overrides,
  }
  return resolveGold(file, SAMPLE_TEXT)
}

/** The span of the n-th occurrence of `text` in the sample, as a finding would carry it. */
export function sampleSpan(text: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = SAMPLE_TEXT.indexOf(text, start + 1)
  if (start < 0) throw new Error(`${text} is not in the sample`)
  return { start, end: start + text.length, text }
}
