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

// slogan.not-a-cost-but: a spending recast as what it really is
tester.run('slogans', analyzers, {
  valid: ['The fee is not a cost to the council but to the operator.', 'The grant was not a loan but was paid in two parts.'],
  invalid: [{ text: 'Childcare is not a cost but an investment in our children.', findings: [{ technique: 'slogans', text: 'is not a cost but an investment' }] }],
})

// maxim.echo, maxim.polyptoton: shapes of a maxim that no word list names
tester.run('slogans', analyzers, {
  valid: ['The new rules for new drivers take effect in May.', 'The inspectors found nothing unusual at the depot.'],
  invalid: [
    { text: 'This is a safe plan for safe streets.', findings: [{ technique: 'slogans', text: 'a safe plan for safe streets' }] },
    { text: 'A promise that is never kept promises nothing.', findings: [{ technique: 'slogans', text: 'promise that is never kept promises nothing' }] },
  ],
})

// doubt.for-years-told-us: how long someone has kept saying a thing
tester.run('doubt', analyzers, {
  valid: ['For two years the ministry has published the figures every month.', 'The minister told us that the bridge will open in May.'],
  invalid: [
    {
      text: 'For months the company has assured the public that the water is safe.',
      findings: [{ technique: 'doubt', text: 'For months the company has assured the public that the water is safe' }],
    },
  ],
})

// hypocrisy.why-should-so-that: the other side's policy recast as ordinary people paying for something else
tester.run('whataboutism_strawman_red_herring', analyzers, {
  valid: ['Why should a plumber pay VAT on call-out charges?', 'Residents pay a fee so that the park stays open.'],
  invalid: [
    {
      text: 'Why should a teacher pay more so that the banks can keep their bonuses?',
      findings: [{ technique: 'whataboutism_strawman_red_herring', text: 'Why should a teacher pay more so that the banks can keep their bonuses' }],
    },
  ],
})

// exaggeration.double-superlative: two superlatives stacked on one remedy
tester.run('exaggeration', analyzers, {
  valid: ['The fastest way to the station is the number 4 bus.'],
  invalid: [
    {
      text: 'A higher minimum wage is the fairest and simplest way to reduce poverty.',
      findings: [{ technique: 'exaggeration', text: 'A higher minimum wage is the fairest and simplest way to reduce poverty' }],
    },
  ],
})

// cliche.no-other-way-to-read: one reading of events declared the only one
tester.run('thought_terminating_cliche', analyzers, {
  valid: ['There is no other way to reach the island in winter.', 'There is no other way it can be done, the engineers said.'],
  invalid: [
    {
      text: 'There is no other way to read this: the ministry knew about the leak.',
      findings: [{ technique: 'thought_terminating_cliche', text: 'There is no other way to read this' }],
    },
  ],
})
