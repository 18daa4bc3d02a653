import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeWeights, encodeWeights } from '../../models/weights-file.ts'
import { PTC_LABELS } from '../../report/techniques.ts'
import type { IsotonicCalibration } from './calibration.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import type { RhetoricModel } from './rhetoric-model.ts'
import type { SpanDecoding } from './span-decoder.ts'
import { spanTaggerFrom } from './span-tagger.ts'
import { techniqueClassifierFrom } from './technique-classifier.ts'
import { clustersFor, clustersRecord, loadClustersBeside, loadWordClusters, type ClustersRecord, type WordClusters } from '../../models/word-clusters.ts'

/** The folder of the shipped weights: `<package>/models`. */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../models/', import.meta.url))
export const SPANS_FILE = 'rhetoric-spans.bin'
export const TECHNIQUES_FILE = 'rhetoric-techniques.bin'
export { CLUSTERS_FILE } from '../../models/word-clusters.ts'

const SPANS_FORMAT = 'unspun.rhetoric-spans/1'
const TECHNIQUES_FORMAT = 'unspun.rhetoric-techniques/1'
/** Weights smaller than this are dropped when saving: they change no decision and cost bytes. */
const PRUNE = 0.005

interface EncodedTable {
  keys: string
  values: string
}

interface SpansMeta {
  format: typeof SPANS_FORMAT
  maskNames: boolean
  usesCues: boolean
  decoding: SpanDecoding
  calibration: IsotonicCalibration
  odds: { word: EncodedTable; stem: EncodedTable; phrase: EncodedTable; clause: EncodedTable; common: string }
  /** the digest and size of the word clusters the tagger was trained with (absent: none) */
  clusters?: ClustersRecord
  provenance: Record<string, unknown>
}

interface TechniquesMeta {
  format: typeof TECHNIQUES_FORMAT
  labels: string[]
  maskNames: boolean
  calibration: IsotonicCalibration
  /** the digest and size of the word clusters the classifier was trained with (absent: none) */
  clusters?: ClustersRecord
  provenance: Record<string, unknown>
}

function encodeKeys(keys: readonly number[]): string {
  const view = new DataView(new ArrayBuffer(keys.length * 4))
  keys.forEach((k, i) => view.setInt32(i * 4, k, true))
  return Buffer.from(view.buffer).toString('base64')
}

function decodeKeys(text: string): number[] {
  const bytes = Buffer.from(text, 'base64')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getInt32(i * 4, true))
}

function encodeTable(table: ReadonlyMap<number, number>): EncodedTable {
  const keys = [...table.keys()].sort((a, b) => a - b)
  const values = new DataView(new ArrayBuffer(keys.length * 2))
  keys.forEach((k, i) => values.setInt16(i * 2, Math.max(-32768, Math.min(32767, Math.round(table.get(k)! * 100))), true))
  return { keys: encodeKeys(keys), values: Buffer.from(values.buffer).toString('base64') }
}

function decodeTable(table: EncodedTable): Map<number, number> {
  const keys = decodeKeys(table.keys)
  const bytes = Buffer.from(table.values, 'base64')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength !== keys.length * 2) throw new Error('Corrupt log-odds table in the rhetoric model; re-create it with `npm run train:rhetoric`.')
  return new Map(keys.map((k, i) => [k, view.getInt16(i * 2, true) / 100]))
}

function encodeOdds(odds: LexicalOdds): SpansMeta['odds'] {
  return {
    word: encodeTable(odds.word),
    stem: encodeTable(odds.stem),
    phrase: encodeTable(odds.phrase),
    clause: encodeTable(odds.clause),
    common: encodeKeys([...odds.common].sort((a, b) => a - b)),
  }
}

function decodeOdds(odds: SpansMeta['odds']): LexicalOdds {
  return {
    word: decodeTable(odds.word),
    stem: decodeTable(odds.stem),
    phrase: decodeTable(odds.phrase),
    clause: decodeTable(odds.clause),
    common: new Set(decodeKeys(odds.common)),
  }
}

/**
 * Encodes a rhetoric model as the bytes of its two files. The same model gives the same bytes.
 * `provenance` records how it was made (corpus, options, cross-validated figures).
 */
export function encodeRhetoricModel(model: RhetoricModel, provenance: Record<string, unknown> = {}): { spans: Uint8Array; techniques: Uint8Array } {
  const spansMeta: SpansMeta = {
    format: SPANS_FORMAT,
    maskNames: model.tagger.maskNames,
    usesCues: model.usesCues,
    decoding: model.decoding,
    calibration: model.spanCalibration,
    odds: encodeOdds(model.tagger.odds),
    ...clustersRecord(model.tagger.words.clusters),
    provenance,
  }
  const techniquesMeta: TechniquesMeta = {
    format: TECHNIQUES_FORMAT,
    labels: [...PTC_LABELS],
    maskNames: model.classifier.maskNames,
    calibration: model.techniqueCalibration,
    ...clustersRecord(model.classifier.words.clusters),
    provenance,
  }
  return {
    spans: encodeWeights(spansMeta, model.tagger.weights, { prune: PRUNE }),
    techniques: encodeWeights(techniquesMeta, model.classifier.weights, { prune: PRUNE }),
  }
}

/**
 * Decodes the two files' bytes into a model. The classifier reads the tagger's log-odds tables (both
 * are learnt from the same texts). A tagger trained with word clusters asks `clusters` for them
 * (default: the shipped ones) and checks they are the same table.
 */
export function decodeRhetoricModel(spansBytes: Uint8Array, techniquesBytes: Uint8Array, clusters: () => WordClusters = () => loadWordClusters()): RhetoricModel {
  const spans = decodeWeights(spansBytes)
  const techniques = decodeWeights(techniquesBytes)
  const spansMeta = spans.meta as SpansMeta
  const techniquesMeta = techniques.meta as TechniquesMeta
  if (spansMeta?.format !== SPANS_FORMAT) throw new Error(`${SPANS_FILE} is not a ${SPANS_FORMAT} file; re-create it with \`npm run train:rhetoric\`.`)
  if (techniquesMeta?.format !== TECHNIQUES_FORMAT) throw new Error(`${TECHNIQUES_FILE} is not a ${TECHNIQUES_FORMAT} file; re-create it with \`npm run train:rhetoric\`.`)
  if (techniquesMeta.labels.join('|') !== PTC_LABELS.join('|')) throw new Error(`${TECHNIQUES_FILE} was trained on other technique labels; re-create it with \`npm run train:rhetoric\`.`)
  if ((spansMeta.clusters?.digest ?? 'none') !== (techniquesMeta.clusters?.digest ?? 'none')) throw new Error(`${SPANS_FILE} and ${TECHNIQUES_FILE} were trained with different word clusters; re-create both with \`npm run train:rhetoric\`.`)
  if (spansMeta.maskNames !== techniquesMeta.maskNames) throw new Error(`${SPANS_FILE} and ${TECHNIQUES_FILE} disagree on name masking; re-create both with \`npm run train:rhetoric\`.`)
  const odds = decodeOdds(spansMeta.odds)
  const tagger = spanTaggerFrom(spans.model, odds, spansMeta.maskNames, clustersFor(spansMeta.clusters, clusters, SPANS_FILE, 'npm run train:rhetoric'))
  return {
    tagger,
    classifier: techniqueClassifierFrom(techniques.model, odds, techniquesMeta.maskNames, tagger.words),
    decoding: spansMeta.decoding,
    spanCalibration: spansMeta.calibration,
    techniqueCalibration: techniquesMeta.calibration,
    usesCues: spansMeta.usesCues === true,
  }
}

/** Writes the model's two files into a folder. */
export function writeRhetoricModel(dir: string, model: RhetoricModel, provenance?: Record<string, unknown>): { spans: string; techniques: string } {
  const bytes = encodeRhetoricModel(model, provenance)
  const paths = { spans: join(dir, SPANS_FILE), techniques: join(dir, TECHNIQUES_FILE) }
  writeFileSync(paths.spans, bytes.spans)
  writeFileSync(paths.techniques, bytes.techniques)
  return paths
}

const loaded = new Map<string, RhetoricModel>()

/**
 * Reads the model from a folder (default: the shipped `models/`), once per folder.
 *
 * @example
 * const model = loadRhetoricModel()
 */
export function loadRhetoricModel(dir: string = DEFAULT_MODEL_DIR): RhetoricModel {
  let model = loaded.get(dir)
  if (model) return model
  const read = (file: string) => {
    try {
      return readFileSync(join(dir, file))
    } catch (error) {
      throw new Error(`Cannot read the rhetoric model ${join(dir, file)} (${(error as Error).message}); create it with \`npm run train:rhetoric\`.`)
    }
  }
  model = decodeRhetoricModel(read(SPANS_FILE), read(TECHNIQUES_FILE), () => loadClustersBeside(dir))
  loaded.set(dir, model)
  return model
}
