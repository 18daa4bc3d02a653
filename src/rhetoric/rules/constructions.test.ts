// Lexicon constructions read from press releases and statements (data/lexicons): for each, a text
// that must give the finding and a near miss that must not.
import entities from '../../analyzers/facts/entities.ts'
import quotes from '../../analyzers/facts/quotes.ts'
import cues from '../../analyzers/rhetoric/cues.ts'
import { RuleTester } from '../rule-tester.ts'

const analyzers = [entities, quotes, cues]
const tester = new RuleTester()

// causal.not-this-but-that: an event recast by ruling one reading out and one cause in
tester.run('causal_oversimplification', analyzers, {
  valid: ['This is not only a failure but also a scandal.', 'The meeting is not on Monday but on Tuesday.'],
  invalid: [
    {
      text: 'This was not an accident but a deliberate act of sabotage by the company.',
      findings: [{ technique: 'causal_oversimplification', text: 'This was not an accident but a deliberate act of sabotage by the company' }],
    },
  ],
})

// fear.response-not-forget, fear.think-twice, fear.how-many-more: veiled threats and counted victims
tester.run('appeal_to_fear', analyzers, {
  valid: [
    'Visitors will receive a welcome they will not forget.',
    'Applicants should think about the deadline.',
    'How many more tickets are available for the concert?',
  ],
  invalid: [
    {
      text: 'Whoever crosses this line will get an answer they will never forget.',
      findings: [{ technique: 'appeal_to_fear', text: 'Whoever crosses this line will get an answer they will never forget' }],
    },
    { text: 'Those who stand in our way should think twice.', findings: [{ technique: 'appeal_to_fear', text: 'Those who stand in our way should think twice' }] },
    {
      text: 'How many more villages must flood before the council acts?',
      findings: [{ technique: 'appeal_to_fear', text: 'How many more villages must flood before the council acts' }],
    },
  ],
})

// authority.experts-agree: unnamed "independent" authorities vouching for a claim
tester.run('appeal_to_authority', analyzers, {
  valid: ['The independent auditor published its report on Monday.'],
  invalid: [
    {
      text: 'Independent scientists have confirmed that the vaccine is safe.',
      findings: [{ technique: 'appeal_to_authority', text: 'Independent scientists have confirmed that the vaccine is safe' }],
    },
  ],
})

// hypocrisy.we-were-told: a position put in unnamed opponents' mouths
tester.run('whataboutism_strawman_red_herring', analyzers, {
  valid: ['We were told to wait in the lobby.'],
  invalid: [
    {
      text: 'We were told that any tax cut would ruin the schools.',
      findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'We were told that any tax cut would ruin the schools' }],
    },
  ],
})

// slogan.down-with after a phrasal verb ("sat down with") is no chant
tester.run('slogans', analyzers, {
  valid: ['The minister sat down with the unions on Tuesday.', 'Talks broke down with the landlords last year.'],
  invalid: [{ text: 'Down with the corrupt elite!', findings: [{ technique: 'slogans', text: 'Down with' }] }],
})

// exaggeration.minor-incident: a negated minimiser ("not an isolated incident") minimises nothing
tester.run('exaggeration', analyzers, {
  valid: ['This was not an isolated incident, the report found.'],
  invalid: [{ text: 'The ministry called the leak a minor glitch.', findings: [{ technique: 'exaggeration', text: 'a minor glitch' }] }],
})

// causal.figures-prove, causal.proof-that: one set of figures or one outcome as the proof of what works
tester.run('causal_oversimplification', analyzers, {
  valid: ['The figures show that 400 jobs were cut in March.', 'The court asked for proof of residence.'],
  invalid: [
    {
      text: 'These results prove that lower taxes create jobs.',
      findings: [{ technique: 'causal_oversimplification', text: 'These results prove that lower taxes create jobs' }],
    },
    {
      text: 'The new bridge is the clearest proof that public investment pays off.',
      findings: [{ technique: 'causal_oversimplification', text: 'The new bridge is the clearest proof that public investment pays off' }],
    },
  ],
})

// exaggeration.not-a-single: the hyperbolic "not a single"
tester.run('exaggeration', analyzers, {
  valid: ['The ship sailed without a crew.', 'The council approved a single budget for both towns.'],
  invalid: [
    { text: 'The new levy will not save a single job.', findings: [{ technique: 'exaggeration', text: 'The new levy will not save a single job' }] },
  ],
})

// slogan.every-inch, slogan.let-no-one: formulas of resolve
tester.run('slogans', analyzers, {
  valid: ['The river rose by an inch overnight.', 'Let no one leave the room before the vote.'],
  invalid: [
    { text: 'We will defend every inch of our territory.', findings: [{ technique: 'slogans', text: 'We will defend every inch of our territory' }] },
    { text: 'Let no one underestimate our determination.', findings: [{ technique: 'slogans', text: 'Let no one underestimate our determination' }] },
  ],
})

// group.who-built-this-country: a group's due claimed from its service to the nation
tester.run('flag_waving', analyzers, {
  valid: ['The company that built this factory in 1990 was sold last year.'],
  invalid: [
    {
      text: 'Those who feed this country deserve a fair price for their milk.',
      findings: [{ technique: 'flag_waving', text: 'Those who feed this country deserve a fair price for their milk' }],
    },
  ],
})

// loaded.unwavering: praise of courage or commitment ("exemplary courage")
tester.run('loaded_language', analyzers, {
  valid: ['The inspectors checked the exemplary files of the clinic.'],
  invalid: [{ text: 'The rescuers showed exemplary courage during the flood.', findings: [{ technique: 'loaded_language', text: 'exemplary courage' }] }],
})
