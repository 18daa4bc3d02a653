import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('whataboutism_strawman_red_herring', cueAnalyzers, {
  valid: [
    'The ministry answered the questions about the contract in a written statement.',
    'The company said it would publish the audit in full.',
  ],
  invalid: [
    { text: 'Asked about the arrests, the spokeswoman said: "But what about the protesters in Paris?"', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'But what about the protesters in Paris' }] },
    { text: 'The embassy said the report was hypocritical, while Washington does the same at home.', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'while Washington does the same at home' }] },
    { text: 'The opposition accused the government of double standards on press freedom.', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'The opposition accused the government of double standards on press freedom' }] },
    { text: 'The rebels asked where the international community was when their villages burned.', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'where the international community was when their villages burned' }] },
    { text: 'The company said nobody talks about the jobs it created.', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'nobody talks about the jobs it created' }] },
    { text: 'The minister said: "So you are saying we should abolish the army?"', findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'So you are saying we should abolish the army' }] },
  ],
})
