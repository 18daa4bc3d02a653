import { z } from 'zod'
import { AmountSchema, EntityTypeSchema } from '../../src/report/schema.ts'

/**
 * The format of one gold annotation file, `gold/facts/<id>.json` (its text is `<id>.txt` beside it).
 * Spans are written as the exact text plus which whole-word occurrence it is, or as offsets;
 * gold/facts/GUIDE.md gives the annotation rules.
 */

const ymd = /^\d{4}-\d{2}-\d{2}$/

/** A span written as its exact text and which whole-word occurrence of that text it is (0 = the first). */
export const TextOccurrenceSchema = z.object({
  text: z.string().min(1),
  occurrence: z.number().int().min(0).optional(),
})

/** A span written as UTF-16 offsets; `text` must equal the text between them. */
export const TextOffsetsSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
})

export const SpanRefSchema = z.union([TextOffsetsSchema, TextOccurrenceSchema])

/** An entity mention: a bare string stands for every whole-word occurrence of that string. */
export const MentionRefSchema = z.union([z.string().min(1), SpanRefSchema])

export const GoldEntitySchema = z.object({
  name: z.string().min(1).describe('canonical name; quotes and events refer to the entity by it'),
  type: EntityTypeSchema,
  mentions: z.array(MentionRefSchema).min(1),
})

export const GoldQuoteSchema = z.intersection(
  SpanRefSchema,
  z.object({
    direct: z.boolean(),
    speaker: z.string().nullable().describe('canonical name of a gold entity, or null when the text names no one'),
  }),
)

export const GoldAmountSchema = z.intersection(
  SpanRefSchema,
  z.object({
    value: z.number().nullable(),
    max: z.number().optional(),
    qualifier: AmountSchema.shape.qualifier.unwrap(),
    unit: z.string().nullable(),
  }),
)

export const GoldDateSchema = z.intersection(
  SpanRefSchema,
  z.object({ resolved: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable() }),
)

export const CameoRootSchema = z.string().regex(/^(0[1-9]|1\d|20)$/, 'a CAMEO root code is two digits, 01 to 20')

export const GoldEventSchema = z.object({
  cameo: CameoRootSchema,
  trigger: z.union([z.string().min(1), SpanRefSchema]).describe('a bare string is its first whole-word occurrence'),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  location: z.string().nullable(),
  background: z.boolean(),
})

export const GoldFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  issuer: z.string(),
  kind: z.string().describe('what sort of text it is: ministry statement, news report, party statement…'),
  published: z.string().regex(ymd),
  entities: z.array(GoldEntitySchema),
  quotes: z.array(GoldQuoteSchema),
  amounts: z.array(GoldAmountSchema),
  dates: z.array(GoldDateSchema),
  events: z.array(GoldEventSchema),
})

export type SpanRef = z.infer<typeof SpanRefSchema>
export type MentionRef = z.infer<typeof MentionRefSchema>
export type GoldFile = z.infer<typeof GoldFileSchema>
