import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { createCameoCodebook, quadClassOf, type CameoCodebook, type CameoCode } from './codebook.ts'
import type { PatternGroup, PetrarchVerbDictionary, VerbBlock } from './petrarch-verbs.ts'

export const CAMEO_MODEL_FORMAT = 'unspun.cameo/1'

/** Where `npm run build:cameo`-style compilation writes the model and where the loader looks by default. */
export const DEFAULT_CAMEO_MODEL = new URL('../../../models/cameo.json', import.meta.url)

/** The compiled CAMEO data shipped in models/cameo.json. */
export interface CameoModelFile {
  format: typeof CAMEO_MODEL_FORMAT
  /** where each part came from, with its licence */
  sources: { part: string; source: string; licence: string }[]
  /** [code, label, goldstein] in codebook order */
  codes: [string, string, number][]
  synsets: Record<string, string[]>
  blocks: VerbBlock[]
}

export interface CameoModel {
  codebook: CameoCodebook
  verbs: Pick<PetrarchVerbDictionary, 'synsets' | 'blocks'>
  sources: CameoModelFile['sources']
}

const code = z.string().regex(/^\d{2,4}$/)
const forms = z.object({ base: z.array(z.string()), s: z.array(z.string()), ed: z.array(z.string()), ing: z.array(z.string()) })
// Pattern groups are checked by shape only (string, { np }, { pp }): a full union check of 4,600 patterns
// would double the start-up time, and a malformed group cannot match anything.
const group = z.custom<PatternGroup>((g) => typeof g === 'string' || (typeof g === 'object' && g !== null && (Array.isArray((g as { np?: unknown }).np) || Array.isArray((g as { pp?: unknown }).pp))))

const ModelFileSchema = z.object({
  format: z.literal(CAMEO_MODEL_FORMAT),
  sources: z.array(z.object({ part: z.string(), source: z.string(), licence: z.string() })),
  codes: z.array(z.tuple([code, z.string().min(1), z.number().min(-10).max(10)])),
  synsets: z.record(z.string(), z.array(z.string())),
  blocks: z.array(
    z.object({
      name: z.string(),
      code: code.nullable(),
      verbs: z.array(z.object({ lemma: z.string().min(1), forms, code: code.nullable().optional() })),
      patterns: z.array(
        z.object({ pre: z.array(group), post: z.array(group), code: code.nullable(), reverse: code.nullable(), origin: z.array(z.string()) }),
      ),
    }),
  ),
})

/**
 * Builds the lookups from the parsed contents of a model file, checking its shape first.
 *
 * @example
 * const model = cameoModelFromJson(JSON.parse(readFileSync('models/cameo.json', 'utf8')))
 * model.codebook.get('154')?.label // 'Mobilize or increase armed forces'
 */
export function cameoModelFromJson(json: unknown, where = 'the CAMEO model'): CameoModel {
  const parsed = ModelFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${where} is not a ${CAMEO_MODEL_FORMAT} file (${issue.path.join('.')}: ${issue.message}). Rebuild it with \`node --import tsx scripts/build-cameo.ts\`.`)
  }
  const file = parsed.data as CameoModelFile
  const codes: CameoCode[] = file.codes.map(([c, label, goldstein]) => ({ code: c, label, goldstein, quadClass: quadClassOf(c) }))
  return { codebook: createCameoCodebook(codes), verbs: { synsets: file.synsets, blocks: file.blocks }, sources: file.sources }
}

const cache = new Map<string, CameoModel>()

/**
 * Loads the compiled CAMEO codebook and PETRARCH verb dictionary (once per path).
 *
 * @example
 * const { codebook } = loadCameoModel()
 * codebook.get('163')?.goldstein // -8
 */
export function loadCameoModel(path: string | URL = DEFAULT_CAMEO_MODEL): CameoModel {
  const file = typeof path === 'string' ? path : fileURLToPath(path)
  let model = cache.get(file)
  if (!model) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new Error(`Cannot read the CAMEO model at ${file} (${(error as Error).message}). Build it with \`node --import tsx scripts/build-cameo.ts\`.`)
    }
    model = cameoModelFromJson(JSON.parse(text), file)
    cache.set(file, model)
  }
  return model
}
