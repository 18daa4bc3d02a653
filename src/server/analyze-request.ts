import { z } from 'zod'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function isRealDay(value: string): boolean {
  const m = DAY.exec(value)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3])
}

/** A calendar date written YYYY-MM-DD. */
export const DaySchema = z.string().refine(isRealDay, { message: 'must be a real date written YYYY-MM-DD, e.g. 2024-05-01' })

const MetadataShape = {
  title: z.string().max(1000).nullable().optional().describe('the document title; read from the text when absent'),
  published: DaySchema.nullable().optional().describe('publication date YYYY-MM-DD; read from the text when absent, and the reference date for relative dates'),
  issuer: z.string().max(1000).nullable().optional().describe('who issued the document; read from the text when absent'),
}

/** The JSON body of `POST /api/analyze` and `POST /api/documents`: exactly one of text, html or url, and optional metadata. */
export const AnalyzeRequestSchema = z
  .strictObject({
    text: z.string().describe('plain text, analysed whole').optional(),
    html: z.string().describe('an HTML page; its article text is analysed').optional(),
    url: z.string().describe('an http or https URL fetched by the server (public addresses only unless the server allows private networks)').optional(),
    ...MetadataShape,
  })
  .superRefine((body, ctx) => {
    const given = (['text', 'html', 'url'] as const).filter((k) => body[k] !== undefined)
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', message: given.length === 0 ? 'give one of text, html or url' : `give only one of text, html or url, not ${given.join(' and ')}`, path: [] })
      return
    }
    const key = given[0]
    if ((body[key] ?? '').trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty', path: [key] })
  })
  .describe('A document to analyse: exactly one of text, html or url.')

export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>

/** Metadata given as query parameters with a raw text/plain or text/html body. */
export const RawMetadataSchema = z.object(MetadataShape)
