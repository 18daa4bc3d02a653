/** One CAMEO event code with its description and Goldstein conflict–cooperation weight. */
export interface CameoCode {
  /** '01'…'20' for root codes, then three or four digits; leading zeros kept ('010', '0211'). */
  code: string
  label: string
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
  quadClass: 1 | 2 | 3 | 4
  /** -10 (most conflictual) … +10 (most cooperative) */
  goldstein: number
}

/** Lookups over the CAMEO event codebook. */
export interface CameoCodebook {
  /** Every event code in codebook order. */
  readonly codes: readonly CameoCode[]
  get(code: string): CameoCode | undefined
  has(code: string): boolean
}

const EVENT_CODE = /^\d{2,4}$/

/**
 * The quad class of an event code, from its two-digit root: 01–05 verbal cooperation, 06–08 material
 * cooperation, 09–13 verbal conflict, 14–20 material conflict.
 *
 * @example
 * quadClassOf('0211') // 1
 * quadClassOf('163')  // 4
 */
export function quadClassOf(code: string): 1 | 2 | 3 | 4 {
  if (!EVENT_CODE.test(code)) throw new Error(`'${code}' is not a CAMEO event code: expected 2 to 4 digits such as '010' or '1721'.`)
  const root = Number(code.slice(0, 2))
  if (root >= 1 && root <= 5) return 1
  if (root >= 6 && root <= 8) return 2
  if (root >= 9 && root <= 13) return 3
  if (root >= 14 && root <= 20) return 4
  throw new Error(`'${code}' has root ${code.slice(0, 2)}, outside the CAMEO roots 01–20.`)
}

function tsvRows(tsv: string, file: string): string[][] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '')
  if (lines.length === 0) throw new Error(`${file} is empty: expected a header line and one code per line.`)
  return lines.slice(1).map((line) => line.split('\t'))
}

/**
 * Reads the CAMEO codebook from its two TSV files (`eventcodes.tsv`: code, description;
 * `goldstein.tsv`: code, weight). Quad-class heading rows ('1'…'4') are left out, descriptions are
 * trimmed with inner runs of spaces collapsed, and a code with no weight of its own takes the weight of
 * its nearest ancestor ('0356' → '035' → '03').
 *
 * @example
 * parseCameoCodebook('CAMEOEVENTCODE\tEVENTDESCRIPTION\n15\tEXHIBIT FORCE POSTURE\n150\tDemonstrate military or police power\n',
 *   'CAMEOEVENTCODE\tGOLDSTEINSCALE\n15\t-7.2\n150\t-7.2\n')
 * // [{ code: '15', …, quadClass: 4, goldstein: -7.2 }, { code: '150', label: 'Demonstrate military or police power', … }]
 */
export function parseCameoCodebook(eventCodesTsv: string, goldsteinTsv: string): CameoCode[] {
  const weights = new Map<string, number>()
  for (const [code, weight] of tsvRows(goldsteinTsv, 'goldstein.tsv')) {
    const value = Number(weight)
    if (code === undefined || weight === undefined || weight.trim() === '' || !Number.isFinite(value)) {
      throw new Error(`goldstein.tsv: the row for '${code}' has no numeric weight (got ${JSON.stringify(weight)}).`)
    }
    weights.set(code.trim(), value)
  }
  const out: CameoCode[] = []
  for (const [rawCode, rawLabel] of tsvRows(eventCodesTsv, 'eventcodes.tsv')) {
    const code = rawCode.trim()
    if (!EVENT_CODE.test(code)) continue
    const label = (rawLabel ?? '').trim().replace(/\s+/g, ' ')
    if (label === '') throw new Error(`eventcodes.tsv: code '${code}' has no description.`)
    let goldstein: number | undefined
    for (let prefix = code; prefix.length >= 2 && goldstein === undefined; prefix = prefix.slice(0, -1)) goldstein = weights.get(prefix)
    if (goldstein === undefined) throw new Error(`goldstein.tsv has no weight for '${code}' nor for any of its ancestors.`)
    out.push({ code, label, quadClass: quadClassOf(code), goldstein })
  }
  return out
}

/**
 * Indexes codebook entries by code.
 *
 * @example
 * const codebook = createCameoCodebook(entries)
 * codebook.get('163')?.label // 'Impose embargo, boycott, or sanctions'
 */
export function createCameoCodebook(entries: readonly CameoCode[]): CameoCodebook {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]))
  return Object.freeze({
    codes: entries,
    get: (code: string) => byCode.get(code),
    has: (code: string) => byCode.has(code),
  })
}
