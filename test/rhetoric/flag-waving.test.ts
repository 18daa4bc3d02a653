import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('flag_waving', cueAnalyzers, {
  valid: [
    'The finance ministry presented the budget to parliament on Wednesday.',
    'The company opened a second factory near the border.',
    'The NGO counted 112 polling stations without observers.',
  ],
  invalid: [
    { text: 'The president said our great nation would never bow to pressure.', findings: [{ technique: 'flag_waving', text: 'our great nation' }] },
    { text: 'The opposition said the deal betrayed the Russian people.', findings: [{ technique: 'flag_waving', text: 'the Russian people' }] },
    { text: 'The general thanked our brave men and women in uniform.', findings: [{ technique: 'flag_waving', text: 'our brave men and women' }] },
    { text: 'The movement said true patriots would vote against the treaty.', findings: [{ technique: 'flag_waving', text: 'true patriots' }] },
    { text: 'The party called the ruling an un-American attack on free speech.', findings: [{ technique: 'flag_waving', text: 'un-American' }] },
    { text: 'The prime minister said the army would defend the motherland.', findings: [{ technique: 'flag_waving', text: 'defend the motherland' }] },
    { text: 'The company said it was proud to be a Chinese brand.', findings: [{ technique: 'flag_waving', text: 'proud to be a Chinese' }] },
  ],
})
