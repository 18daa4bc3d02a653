import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('slogans', cueAnalyzers, {
  valid: [
    'The party presented its programme for the next four years.',
    'The army said the exercise would end on Friday.',
    'The company launched a campaign for its new phone.',
  ],
  invalid: [
    { text: 'Supporters chanted "Make America Great Again" at the rally.', findings: [{ technique: 'slogans', text: 'Make America Great Again' }] },
    { text: 'The new party promised to Make Russia Great Again.', findings: [{ technique: 'slogans', text: 'Make Russia Great Again' }] },
    { text: 'Protesters shouted "No justice, no peace" outside the court.', findings: [{ technique: 'slogans', text: 'No justice, no peace' }] },
    { text: 'The campaign urged voters to take back control.', findings: [{ technique: 'slogans', text: 'take back control' }] },
    { text: 'Crowds chanted "Death to America" after Friday prayers.', findings: [{ technique: 'slogans', text: 'Death to America' }] },
    { text: 'The opposition leader told the crowd that enough is enough.', findings: [{ technique: 'slogans', text: 'enough is enough' }] },
    { text: 'The soldiers ended the video with "Glory to Ukraine".', findings: [{ technique: 'slogans', text: 'Glory to Ukraine' }] },
    { text: 'The union closed its statement with "Workers of the world, unite!"', findings: [{ technique: 'slogans', text: 'Workers of the world, unite' }] },
  ],
})
