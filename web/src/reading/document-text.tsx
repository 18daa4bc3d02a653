import { memo } from 'preact/compat'
import type { DescribedFinding } from '../../../src/report/format/findings.ts'
import type { Segment } from '../../../src/report/format/segments.ts'
import type { SentenceFinding, TechniqueId } from '../../../src/report/schema.ts'
import { FACT_LAYERS, isVisible, techniqueBackground, type Visibility } from './layers.ts'
import type { TextBlock, TextLayout } from './text-layout.ts'

const FUNCTION_NAMES: Record<SentenceFinding['function'], string> = {
  report: 'report',
  opinion: 'opinion',
  call_to_action: 'call to action',
  quote: 'quote',
  question: 'question',
  other: 'other',
}

/** The element id of the piece of text starting at `start`: what panels scroll to. */
export function segmentId(start: number): string {
  return `seg-${start}`
}

interface TextProps {
  text: string
  layout: TextLayout
  visibility: Visibility
  selected: number | null
  onSelect: (start: number, findings: DescribedFinding[]) => void
}

function describe(findings: readonly DescribedFinding[]): string {
  return findings.map((f) => `${f.kind}: ${f.title}${f.value ? ` → ${f.value}` : ''}`).join('; ')
}

function SegmentView({ text, segment, visibility, selected, onSelect }: { text: string; segment: Segment<DescribedFinding> } & Omit<TextProps, 'layout' | 'text'>) {
  const body = text.slice(segment.start, segment.end)
  const shown = segment.covering.filter((f) => isVisible(f, visibility))
  if (shown.length === 0) return <>{body}</>
  const techniques = shown.filter((f) => f.kind === 'technique').map((f) => f.label as TechniqueId)
  const classes = ['hl', ...FACT_LAYERS.filter((layer) => shown.some((f) => f.kind === layer)).map((layer) => `ly-${layer}`)]
  if (techniques.length > 0) classes.push('ly-technique')
  if (selected === segment.start) classes.push('selected')
  const background = techniqueBackground(techniques)
  const open = () => onSelect(segment.start, shown)
  return (
    <span
      id={segmentId(segment.start)}
      class={classes.join(' ')}
      style={background ? { background } : undefined}
      role="button"
      tabIndex={0}
      aria-pressed={selected === segment.start}
      title={describe(shown)}
      data-kinds={[...new Set(shown.map((f) => f.kind))].join(' ')}
      data-techniques={techniques.join(' ') || undefined}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          open()
        }
      }}
    >
      {body}
    </span>
  )
}

function BlockView({ text, block, visibility, selected, onSelect }: { text: string; block: TextBlock } & Omit<TextProps, 'layout' | 'text'>) {
  const sentence = block.sentence
  return (
    <div class={`sent${sentence ? ` fn-${sentence.function}` : ''}`}>
      <span class="fn" aria-hidden={!visibility.functions}>
        {sentence && visibility.functions ? (
          <>
            <b>{FUNCTION_NAMES[sentence.function]}</b>
            <span class="cw" title={`check-worthiness ${sentence.checkworthiness.toFixed(2)}`}>
              check-worthy {sentence.checkworthiness.toFixed(2)}
              <meter min={0} max={1} value={sentence.checkworthiness} />
            </span>
          </>
        ) : null}
      </span>
      <p>
        {block.segments.map((segment) => (
          <SegmentView key={segment.start} text={text} segment={segment} visibility={visibility} selected={selected} onSelect={onSelect} />
        ))}
      </p>
    </div>
  )
}

/**
 * The document's text with its findings drawn as highlighted pieces, sentence by sentence with the
 * sentence function in the margin. Text is only ever rendered as text nodes.
 */
export const DocumentText = memo(function DocumentText({ text, layout, visibility, selected, onSelect }: TextProps) {
  return (
    <section class="text" aria-label="Document text">
      {layout.paragraphs.map((paragraph, i) => (
        <div class="para" key={i}>
          {paragraph.map((block) => (
            <BlockView key={block.start} text={text} block={block} visibility={visibility} selected={selected} onSelect={onSelect} />
          ))}
        </div>
      ))}
    </section>
  )
})
