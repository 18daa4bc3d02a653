import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { decodeWeights, encodeWeights } from '../models/weights-file.ts'
import { Gazetteer, GAZETTEER_CATEGORIES } from './gazetteer.ts'
import { NER_LABELS } from './labels.ts'
import { NerTagger } from './tagger.ts'
import { clustersFor, clustersRecord, loadClustersBeside, loadWordClusters, type WordClusters } from '../models/word-clusters.ts'

export const NER_MODEL_FORMAT = 'unspun.ner/1'

const NerModelMeta = z.object({
  format: z.literal(NER_MODEL_FORMAT),
  labels: z.tuple(NER_LABELS.map((l) => z.literal(l)) as never),
  temperature: z.number().positive(),
  gazetteer: z.array(z.object({ category: z.enum(GAZETTEER_CATEGORIES), source: z.string(), names: z.array(z.string()) })),
  training: z.record(z.string(), z.unknown()),
  /** the digest and size of the word clusters the model was trained with (absent: none) */
  clusters: z.object({ digest: z.string(), words: z.number() }).optional(),
})

/** Facts about how a model was trained, stored with it (no dates, so that training stays byte-reproducible). */
export type NerTrainingInfo = Record<string, unknown>

/** Options for {@link encodeNerModel}. */
export interface EncodeNerModelOptions {
  /** Weights smaller than this are left out of the file (default 0.005). */
  prune?: number
  training?: NerTrainingInfo
}

/**
 * The bytes of a model file for a tagger: its weights (sparse, int16), calibration, gazetteer lists
 * with their sources, and training facts.
 *
 * @example
 * writeFileSync('models/ner.bin', encodeNerModel(result.tagger, { training: { seed: 1 } }))
 */
export function encodeNerModel(tagger: NerTagger, { prune = 0.005, training = {} }: EncodeNerModelOptions = {}): Uint8Array {
  const meta = {
    format: NER_MODEL_FORMAT,
    labels: NER_LABELS,
    temperature: tagger.temperature,
    gazetteer: tagger.gazetteer.lists,
    training,
    ...clustersRecord(tagger.clusters),
  }
  return encodeWeights(meta, tagger.model, { prune })
}

/**
 * Builds a tagger from model-file bytes; `source` names the file in errors. A model trained with word
 * clusters asks `clusters` for them (default: the shipped ones) and checks they are the same table.
 *
 * @example
 * const tagger = decodeNerModel(readFileSync('models/ner.bin'), 'models/ner.bin')
 */
export function decodeNerModel(bytes: Uint8Array, source = 'model', clusters: () => WordClusters = () => loadWordClusters()): NerTagger {
  const { meta, model } = decodeWeights(bytes)
  const parsed = NerModelMeta.safeParse(meta)
  if (!parsed.success) {
    throw new Error(`${source} is not an unspun NER model (${NER_MODEL_FORMAT}): ${parsed.error.issues[0]?.message ?? 'bad metadata'}; re-create it with \`npm run train:ner\``)
  }
  const table = clustersFor(parsed.data.clusters, clusters, source, 'npm run train:ner')
  return new NerTagger({ model, gazetteer: new Gazetteer(parsed.data.gazetteer), temperature: parsed.data.temperature, clusters: table })
}

/** Reads a model file written with {@link encodeNerModel}; word clusters from a `word-clusters.tsv.gz` beside it, else the shipped ones. */
export function readNerModel(path: string | URL): NerTagger {
  return decodeNerModel(readFileSync(path), String(path), () => loadClustersBeside(dirname(path instanceof URL ? fileURLToPath(path) : path)))
}

/** The training facts stored in a model file. */
export function readNerTrainingInfo(path: string | URL): NerTrainingInfo {
  const { meta } = decodeWeights(readFileSync(path))
  return NerModelMeta.parse(meta).training
}
