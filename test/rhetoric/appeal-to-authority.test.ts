import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('appeal_to_authority', cueAnalyzers, {
  valid: [
    'The central bank governor, Maria Lopez, said inflation would fall to 2 percent by 2026, citing the bank\'s own forecast.',
    'The report, published by the statistics office, covers 2,400 households.',
  ],
  invalid: [
    { text: 'The minister said experts agree that the vaccine is safe.', findings: [{ technique: 'appeal_to_authority', text: 'experts agree that the vaccine is safe' }] },
    { text: 'The opposition said that according to scientists the dam will fail.', findings: [{ technique: 'appeal_to_authority', text: 'according to scientists the dam will fail' }] },
    { text: 'The company said studies show its product is harmless.', findings: [{ technique: 'appeal_to_authority', text: 'studies show its product is harmless' }] },
    { text: 'The NGO said a leading expert had confirmed the findings.', findings: [{ technique: 'appeal_to_authority', text: 'a leading expert' }] },
    { text: 'The army said all serious analysts agree the offensive has failed.', findings: [{ technique: 'appeal_to_authority', text: 'all serious analysts agree the offensive has failed' }] },
    { text: 'The rebels said that according to independent observers the vote was rigged.', findings: [{ technique: 'appeal_to_authority', text: 'according to independent observers the vote was rigged' }] },
  ],
})
