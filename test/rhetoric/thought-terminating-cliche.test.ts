import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('thought_terminating_cliche', cueAnalyzers, {
  valid: [
    'The spokesman said the ministry would answer the questions in writing.',
    'The company said it was reviewing the complaint.',
  ],
  invalid: [
    { text: 'Asked about the casualties, the general said: "It is what it is."', findings: [{ technique: 'thought_terminating_cliche', text: 'It is what it is' }] },
    { text: 'The minister said the decision was final, end of story.', findings: [{ technique: 'thought_terminating_cliche', text: 'end of story' }] },
    { text: 'The opposition leader said that at the end of the day voters will decide.', findings: [{ technique: 'thought_terminating_cliche', text: 'at the end of the day' }] },
    { text: 'The company said the layoffs were regrettable but that is just the way it is.', findings: [{ technique: 'thought_terminating_cliche', text: 'that is just the way it is' }] },
    { text: 'Asked about the report, the commander said: "Nothing to see here."', findings: [{ technique: 'thought_terminating_cliche', text: 'Nothing to see here' }] },
    { text: 'The activist said the protest would go on, and if arrests follow, so be it.', findings: [{ technique: 'thought_terminating_cliche', text: 'so be it' }] },
  ],
})
