import type { Entity } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import { firstStartingFrom, firstTokenEndingAfter } from '../../../text/token-search.ts'

/** One entity mention placed on the token array: tokens [tokenStart, tokenEnd). */
export interface MentionRef {
  entity: Entity
  start: number
  end: number
  tokenStart: number
  tokenEnd: number
}

/** Entity mentions by token position. */
export interface MentionIndex {
  /** every mention, in text order */
  readonly all: readonly MentionRef[]
  /** the mention covering a token, if any */
  at(token: number): MentionRef | undefined
  /** the mentions lying wholly inside tokens [from, to), in text order */
  within(from: number, to: number): MentionRef[]
  /** the first mention lying wholly inside tokens [from, to) */
  firstWithin(from: number, to: number): MentionRef | undefined
}

/**
 * Sorts mentions by first token, the longest first among those starting together, keeping the order
 * they came in otherwise (what a stable sort by that order gives): a counting sort by first token.
 */
function sortByPlace(refs: MentionRef[], tokenCount: number): void {
  const firstOf = new Int32Array(tokenCount + 1)
  for (const ref of refs) firstOf[ref.tokenStart + 1]++
  for (let t = 1; t <= tokenCount; t++) firstOf[t] += firstOf[t - 1]
  const sorted = new Array<MentionRef>(refs.length)
  for (const ref of refs) sorted[firstOf[ref.tokenStart]++] = ref
  // Mentions starting at the same token: longest first (an insertion sort, which keeps ties in order).
  for (let k = 1; k < sorted.length; k++) {
    const ref = sorted[k]
    let j = k - 1
    while (j >= 0 && sorted[j].tokenStart === ref.tokenStart && sorted[j].tokenEnd < ref.tokenEnd) {
      sorted[j + 1] = sorted[j]
      j--
    }
    sorted[j + 1] = ref
  }
  for (let k = 0; k < sorted.length; k++) refs[k] = sorted[k]
}

/**
 * Places the mentions of the entities on the tokens. A mention that overlaps another one already placed
 * is left out (the first entity keeps the tokens), so every token belongs to at most one mention.
 *
 * @example
 * const index = indexMentions(ctx.tokens, ctx.findings.entities)
 * index.at(0)?.entity.id // 'e1'
 */
export function indexMentions(tokens: readonly Token[], entities: readonly Entity[]): MentionIndex {
  const refs: MentionRef[] = []
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const tokenStart = firstTokenEndingAfter(tokens, mention.start)
      let tokenEnd = tokenStart
      while (tokenEnd < tokens.length && tokens[tokenEnd].start < mention.end) tokenEnd++
      if (tokenEnd > tokenStart) refs.push({ entity, start: mention.start, end: mention.end, tokenStart, tokenEnd })
    }
  }
  sortByPlace(refs, tokens.length)
  const owner = new Int32Array(tokens.length).fill(-1)
  const kept: MentionRef[] = []
  for (const ref of refs) {
    let free = true
    for (let t = ref.tokenStart; t < ref.tokenEnd; t++) if (owner[t] !== -1) free = false
    if (!free) continue
    for (let t = ref.tokenStart; t < ref.tokenEnd; t++) owner[t] = kept.length
    kept.push(ref)
  }
  // The first kept mention starting at or after token `from`: a mention's first token is the first
  // token that ends after its start, so it starts at or after token `from` when it starts at or after
  // the end of token `from - 1`.
  const firstFrom = (from: number) => (from <= 0 || kept.length === 0 ? 0 : firstStartingFrom(kept, tokens[Math.min(from, tokens.length) - 1].end))
  return {
    all: kept,
    at: (token) => (token >= 0 && token < owner.length && owner[token] !== -1 ? kept[owner[token]] : undefined),
    within(from, to) {
      const out: MentionRef[] = []
      for (let k = firstFrom(from); k < kept.length && kept[k].tokenStart < to; k++) if (kept[k].tokenEnd <= to) out.push(kept[k])
      return out
    },
    firstWithin(from, to) {
      for (let k = firstFrom(from); k < kept.length && kept[k].tokenStart < to; k++) if (kept[k].tokenEnd <= to) return kept[k]
      return undefined
    },
  }
}
