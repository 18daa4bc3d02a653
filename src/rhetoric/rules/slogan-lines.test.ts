// Short exclamations that end their line as slogans: on a line of their own or closing a paragraph.
import entities from '../../analyzers/facts/entities.ts'
import quotes from '../../analyzers/facts/quotes.ts'
import cues from '../../analyzers/rhetoric/cues.ts'
import { RuleTester } from '../rule-tester.ts'

new RuleTester().run('slogans', [entities, quotes, cues], {
  valid: [
    // inside a paragraph, and a paragraph-final exclamative: no slogan
    'The minister opened the bridge on Friday. It works! Traffic resumed within the hour.',
    'Our volunteers collected 4,000 signatures in a week. What a result!',
    // a short exclamation followed on its line by a plain sentence: no run of slogans
    'Vote on Sunday! Polling stations open at 7 a.m. in every district.',
    // a long closing exclamation is an appeal, not a formula
    'Residents can apply online. Leave the car at home on Sunday and discover the whole city by tram or by bike!',
  ],
  invalid: [
    {
      text: 'The union calls on all members to join the march on 14 March. Fair wages, safe jobs!',
      findings: [{ technique: 'slogans', text: 'Fair wages, safe jobs' }],
    },
    {
      text: 'We call on every citizen to join the protest on 20 October. Sovereignty now! Peace, not bases!',
      findings: [
        { technique: 'slogans', text: 'Sovereignty now' },
        { technique: 'slogans', text: 'Peace, not bases' },
      ],
    },
    { text: 'Join our march on Saturday.\n\nStrong region, sovereign people!', findings: [{ technique: 'slogans', text: 'Strong region, sovereign people' }] },
  ],
})
