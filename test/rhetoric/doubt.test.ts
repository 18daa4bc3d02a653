import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('doubt', cueAnalyzers, {
  valid: [
    'The commission published the results of the vote on Tuesday.',
    'The company said it would cooperate with the investigation.',
    'The ministry confirmed that the talks would resume in May.',
  ],
  invalid: [
    { text: 'The government dismissed the so-called referendum in the east.', findings: [{ technique: 'doubt', text: 'so-called' }] },
    { text: 'The opposition said the self-proclaimed president had no mandate.', findings: [{ technique: 'doubt', text: 'self-proclaimed' }] },
    { text: 'The movement asked what the authorities are hiding about the explosion.', findings: [{ technique: 'doubt', text: 'what the authorities are hiding about the explosion' }] },
    { text: 'The army said the official story of the attack could not be trusted.', findings: [{ technique: 'doubt', text: 'the official story' }, { technique: 'doubt', text: 'could not be trusted' }] },
    { text: 'The NGO said the company report raises serious questions about the spill.', findings: [{ technique: 'doubt', text: 'raises serious questions' }] },
    { text: 'The rebels called the videos fake news and said the attack was staged.', findings: [{ technique: 'doubt', text: 'fake news' }, { technique: 'doubt', text: 'staged' }] },
  ],
})
