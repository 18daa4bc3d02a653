import type { EntityType } from '../../../report/schema.ts'

/** How a mention was found; the explanation of an entity and its confidence follow from it. */
export type MentionSource = 'kb' | 'ner' | 'title' | 'name-word' | 'acronym' | 'surname'

/**
 * A mention before mentions are grouped into entities: a run of tokens (`start` to `end`, token
 * indices, end exclusive) with what it may refer to.
 */
export interface MentionCandidate {
  start: number
  end: number
  type: EntityType
  /** knowledge-base entries it may name, best reading first; chosen down to one by disambiguation */
  entries: number[]
  source: MentionSource
  confidence: number
  /** "northern" in "northern Syria" */
  qualifier: string | null
  sentence: number
  /** index of another candidate this one is an acronym or a long form of */
  linkedTo: number | null
  /** character offsets when the mention is only part of its token ("Kurdish" in "Kurdish-led") */
  chars?: [number, number]
  /** the country the text gives a body known by a generic name ("ARM" for "Armenia's Security Council") */
  owner?: string
}

/** Which tokens mentions already cover: the index of the covering candidate, or -1. */
export class Coverage {
  private readonly owner: Int32Array

  constructor(tokenCount: number) {
    this.owner = new Int32Array(tokenCount).fill(-1)
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i] !== -1) return false
    return true
  }

  ownerOf(token: number): number {
    return token >= 0 && token < this.owner.length ? this.owner[token] : -1
  }

  claim(start: number, end: number, candidate: number): void {
    for (let i = start; i < end; i++) this.owner[i] = candidate
  }

  release(start: number, end: number): void {
    for (let i = start; i < end; i++) this.owner[i] = -1
  }
}
