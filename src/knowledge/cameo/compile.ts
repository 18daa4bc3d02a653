import { parseCameoCodebook } from './codebook.ts'
import { CAMEO_MODEL_FORMAT, type CameoModelFile } from './model.ts'
import { parsePetrarchVerbs } from './petrarch-verbs.ts'

export interface CameoSources {
  /** contents of cameo/eventcodes.tsv */
  eventCodes: string
  /** contents of cameo/goldstein.tsv */
  goldstein: string
  /** contents of petrarch/CAMEO.2.0.txt */
  verbDictionary: string
}

/**
 * Compiles the CAMEO codebook and the PETRARCH verb dictionary into the shipped model file. Patterns
 * and verb codes that name a code the codebook does not have are dropped and listed in `warnings`.
 *
 * @example
 * const { model, warnings } = compileCameoModel({ eventCodes, goldstein, verbDictionary })
 * writeFileSync('models/cameo.json', JSON.stringify(model))
 */
export function compileCameoModel(sources: CameoSources): { model: CameoModelFile; warnings: string[] } {
  const codes = parseCameoCodebook(sources.eventCodes, sources.goldstein)
  const known = new Set(codes.map((c) => c.code))
  const verbs = parsePetrarchVerbs(sources.verbDictionary, (code) => known.has(code))
  const model: CameoModelFile = {
    format: CAMEO_MODEL_FORMAT,
    sources: [
      { part: 'codes', source: 'CAMEO event codebook (eventcodes.tsv)', licence: 'public codebook values' },
      { part: 'goldstein', source: 'Goldstein conflict–cooperation scale for CAMEO (goldstein.tsv)', licence: 'public codebook values' },
      { part: 'synsets, blocks', source: 'PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt, © 2015 Open Event Data Alliance', licence: 'MIT' },
    ],
    codes: codes.map((c) => [c.code, c.label, c.goldstein]),
    synsets: verbs.synsets,
    blocks: verbs.blocks.filter((b) => b.verbs.length > 0),
  }
  return { model, warnings: verbs.warnings }
}
