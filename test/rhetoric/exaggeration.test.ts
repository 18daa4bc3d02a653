import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('exaggeration', cueAnalyzers, {
  valid: [
    'Unemployment fell from 6.1 percent to 5.8 percent in the third quarter.',
    'The ministry said 312 people had been evacuated from the flooded districts.',
    'The company will close two of its nine plants next year.',
  ],
  invalid: [
    { text: 'The president said it was the greatest economy in history.', findings: [{ technique: 'exaggeration', text: 'greatest economy in history' }] },
    { text: 'The opposition said the reform was a total disaster for farmers.', findings: [{ technique: 'exaggeration', text: 'a total disaster' }] },
    { text: 'The army said the enemy positions were completely destroyed.', findings: [{ technique: 'exaggeration', text: 'completely destroyed' }] },
    { text: 'The government said the protests involved only a handful of people.', findings: [{ technique: 'exaggeration', text: 'only a handful' }] },
    { text: 'The company said the spill was a drop in the ocean compared with its clean-up work.', findings: [{ technique: 'exaggeration', text: 'a drop in the ocean' }] },
    { text: 'The NGO warned that the crisis was unprecedented.', findings: [{ technique: 'exaggeration', text: 'unprecedented' }] },
    { text: 'The rebels said the government had blown the incident out of proportion.', findings: [{ technique: 'exaggeration', text: 'blown the incident out of proportion' }] },
  ],
})
