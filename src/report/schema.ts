import { z } from 'zod'

/** The one source of the `unspun.report/1` contract: TypeScript types and the JSON Schema both come from here. */

export const SCHEMA_ID = 'unspun.report/1'

const offset = z.number().int().min(0)

export const SpanSchema = z.object({
  start: offset.describe('UTF-16 code-unit index into document.text, inclusive'),
  end: offset.describe('UTF-16 code-unit index into document.text, exclusive'),
})

export const SentenceFunctionSchema = z.enum(['report', 'opinion', 'call_to_action', 'quote', 'question', 'other'])

export const TechniqueIdSchema = z.enum([
  'loaded_language',
  'name_calling',
  'repetition',
  'exaggeration',
  'doubt',
  'appeal_to_fear',
  'flag_waving',
  'causal_oversimplification',
  'slogans',
  'appeal_to_authority',
  'black_and_white',
  'thought_terminating_cliche',
  'whataboutism_strawman_red_herring',
  'bandwagon_reductio',
])

export const EntityTypeSchema = z.enum(['person', 'organization', 'location', 'nationality', 'group', 'other'])

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  language: z.string().describe('ISO 639-1 code, or "und" when it cannot be told'),
  text: z.string().describe('the exact text all offsets point into'),
  url: z.string().nullable().optional(),
  source: z.string().nullable().optional().describe('path or URL the document was read from'),
})

export const SentenceSchema = SpanSchema.extend({
  function: SentenceFunctionSchema,
  checkworthiness: z.number().min(0).max(1),
  paragraph: z.number().int().min(0).optional(),
})

export const MentionSchema = SpanSchema.extend({ text: z.string() })

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  kb: z.object({ source: z.string(), id: z.string() }).nullable(),
  qualifier: z.string().nullable().optional().describe('e.g. "northern" for "northern Syria"'),
  mentions: z.array(MentionSchema),
  confidence: z.number().min(0).max(1).optional(),
})

export const SpeakerSchema = z.object({
  name: z.string(),
  entity: z.string().nullable(),
  role: z.string().nullable(),
})

export const QuoteSchema = SpanSchema.extend({
  text: z.string(),
  direct: z.boolean(),
  speaker: SpeakerSchema.nullable(),
  cue: z.string().nullable().optional().describe('the reporting verb or phrase that attributes the quote'),
  confidence: z.number().min(0).max(1).optional(),
})

/** The `cue` of a quote that is a turn of a transcript ("Lin Jian: We urge …"): the colon after the speaker's name. */
export const TRANSCRIPT_TURN_CUE = ':'

export const AmountSchema = SpanSchema.extend({
  text: z.string(),
  value: z.number().nullable(),
  max: z.number().nullable().optional().describe('upper bound of a range'),
  qualifier: z.enum(['exact', 'more_than', 'at_least', 'less_than', 'at_most', 'about', 'up_to', 'nearly', 'range']).nullable(),
  unit: z.string().nullable(),
  kind: z.enum(['count', 'money', 'percent', 'measure', 'other']).optional(),
})

export const DateSchema = SpanSchema.extend({
  text: z.string(),
  resolved: z.string().nullable().describe('YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved'),
  granularity: z.enum(['day', 'week', 'month', 'year', 'unknown']).optional(),
})

export const EventSchema = SpanSchema.extend({
  text: z.string(),
  cameo: z.string(),
  label: z.string(),
  quadClass: z.number().int().min(1).max(4),
  goldstein: z.number(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  amount: z.number().int().nullable().describe('index into amounts'),
  date: z.number().int().nullable().describe('index into dates'),
  background: z.boolean(),
  trigger: MentionSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
})

export const TechniqueSchema = SpanSchema.extend({
  technique: TechniqueIdSchema,
  ptc: z.string(),
  text: z.string(),
  confidence: z.number().min(0).max(1),
  explanation: z.string(),
  cues: z.array(z.string()),
  speaker: SpeakerSchema.nullable(),
})

export const ProblemSchema = z.object({
  analyzer: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
})

export const ReportSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  document: DocumentSchema,
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  amounts: z.array(AmountSchema),
  dates: z.array(DateSchema),
  events: z.array(EventSchema),
  techniques: z.array(TechniqueSchema),
  problems: z.array(ProblemSchema),
})

export type Span = z.infer<typeof SpanSchema>
export type SentenceFunction = z.infer<typeof SentenceFunctionSchema>
export type TechniqueId = z.infer<typeof TechniqueIdSchema>
export type EntityType = z.infer<typeof EntityTypeSchema>
export type DocumentInfo = z.infer<typeof DocumentSchema>
export type SentenceFinding = z.infer<typeof SentenceSchema>
export type Mention = z.infer<typeof MentionSchema>
export type Entity = z.infer<typeof EntitySchema>
export type Speaker = z.infer<typeof SpeakerSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Amount = z.infer<typeof AmountSchema>
export type DateFinding = z.infer<typeof DateSchema>
export type EventFinding = z.infer<typeof EventSchema>
export type Technique = z.infer<typeof TechniqueSchema>
export type Problem = z.infer<typeof ProblemSchema>
export type Report = z.infer<typeof ReportSchema>

/** The JSON Schema (draft 2020-12) of `unspun.report/1`, generated from the zod source. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://unspun.dev/schema/report-1.json',
    title: 'unspun.report/1',
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
  }
}
