import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('black_and_white', cueAnalyzers, {
  valid: [
    'The committee considered five options and chose the second.',
    'The ministry said talks and sanctions would continue side by side.',
    'Neither party commented on the report.',
  ],
  invalid: [
    { text: 'The president said: "You are either with us or against us."', findings: [{ technique: 'black_and_white', text: 'You are either with us or against us' }] },
    { text: 'The prime minister said there is no alternative to the reforms.', findings: [{ technique: 'black_and_white', text: 'there is no alternative to the reforms' }] },
    { text: 'The rebels said the only way forward is armed struggle.', findings: [{ technique: 'black_and_white', text: 'the only way forward is armed struggle' }] },
    { text: 'Activists said there is no middle ground on climate.', findings: [{ technique: 'black_and_white', text: 'there is no middle ground on climate' }] },
    { text: 'The army chief said it is victory or death for the republic.', findings: [{ technique: 'black_and_white', text: 'it is victory or death for the republic' }] },
    { text: 'The company told staff that they were either part of the problem or part of the solution.', findings: [{ technique: 'black_and_white', text: 'they were either part of the problem or part of the solution' }] },
  ],
})
