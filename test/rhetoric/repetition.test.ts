import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('repetition', cueAnalyzers, {
  valid: [
    'The ministry said the talks would resume. The talks were suspended in May after a dispute over the agenda.',
    'The Defence Ministry said troops had left. A Defence Ministry spokesman later said the troops would return. The Defence Ministry gave no date.',
    // A label used as a technical term is not the label said again: "sanctions regime", "visa regime".
    'The Council renewed its sanctions regime in March, and the regime of visa bans with it. A new visa regime starts in May.',
  ],
  invalid: [
    {
      text: 'The sham elections were a sham from the start, the opposition said. A sham cannot give a mandate.',
      findings: [{ technique: 'repetition', text: 'sham' }],
    },
    {
      text: 'Illegal invaders crossed the border, the party said. Illegal invaders will be sent back. We will stop the illegal invaders.',
      findings: [{ technique: 'repetition', text: 'Illegal invaders' }, { technique: 'repetition', text: 'illegal invaders' }],
    },
    {
      text: 'The rebel commander said the people want bread and peace. Bread and peace, he repeated. Bread and peace for every village. Bread and peace now.',
      findings: [{ technique: 'repetition', text: 'Bread and peace' }],
    },
  ],
})
