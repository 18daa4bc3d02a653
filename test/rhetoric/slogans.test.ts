import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('slogans', cueAnalyzers, {
  valid: [
    'The party presented its programme for the next four years.',
    'The army said the exercise would end on Friday.',
    'The company launched a campaign for its new phone.',
    // A short exclamation inside a paragraph, an exclamative and a word of thanks are no slogan lines.
    'The minister opened the bridge on Friday. It works! Traffic resumed within the hour.',
    'Our volunteers collected 4,000 signatures in a week.\n\nWhat a result!',
    'The council thanks every resident who took part.\n\nThank you all!',
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
    // A short exclamation on a line of its own closes a statement as a slogan, whoever issues it.
    { text: 'Join our march on Saturday.\n\nStrong region, sovereign people!\n\nMedia Office', findings: [{ technique: 'slogans', text: 'Strong region, sovereign people' }] },
    { text: 'The alliance will defend every member.\n\nFree nations, free people!', findings: [{ technique: 'slogans', text: 'Free nations, free people' }] },
    { text: 'Sign the petition today.\n\nNo to the new base!', findings: [{ technique: 'slogans', text: 'No to the new base' }] },
  ],
})
