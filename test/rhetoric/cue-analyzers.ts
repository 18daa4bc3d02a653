import entities from '../../src/analyzers/facts/entities.ts'
import quotes from '../../src/analyzers/facts/quotes.ts'
import cues from '../../src/analyzers/rhetoric/cues.ts'
import { RuleTester } from '../../src/rhetoric/rule-tester.ts'

/** The rule-based technique analyzer with the analyzers it reads from: entities (for repetition) and quotes (for speakers). */
export const cueAnalyzers = [entities, quotes, cues]

export const ruleTester = new RuleTester()
