import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('loaded_language', cueAnalyzers, {
  valid: [
    'The Ministry of Defence said 1,200 troops had arrived in the region on Monday.',
    'The opposition party won 38 percent of the vote, according to the election commission.',
    'The company reported a quarterly loss of $40 million and announced a new chief executive.',
    'The NGO published its annual report on prison conditions in 14 countries.',
    'The exercise began on Monday and will end on Friday, the alliance said.',
  ],
  invalid: [
    { text: 'The Kremlin called the election a sham staged by the West.', findings: [{ technique: 'loaded_language', text: 'sham' }] },
    { text: 'The State Department said the referendum was a farce.', findings: [{ technique: 'loaded_language', text: 'farce' }] },
    { text: 'The opposition leader called the new law draconian and shameful.', findings: [{ technique: 'loaded_language', text: 'draconian' }, { technique: 'loaded_language', text: 'shameful' }] },
    { text: 'The ruling party denounced the inquiry as a witch hunt.', findings: [{ technique: 'loaded_language', text: 'witch hunt' }] },
    { text: 'The army praised the heroic defenders of the city.', findings: [{ technique: 'loaded_language', text: 'heroic' }] },
    { text: 'The rebels said government forces slaughtered villagers.', findings: [{ technique: 'loaded_language', text: 'slaughtered' }] },
    { text: 'The company said the activists spread a hoax about its factory.', findings: [{ technique: 'loaded_language', text: 'hoax' }] },
    { text: 'The NGO described the detention conditions as barbaric.', findings: [{ technique: 'loaded_language', text: 'barbaric' }] },
    { text: 'Moscow called the NATO exercise provocative.', findings: [{ technique: 'loaded_language', text: 'provocative' }] },
    { text: 'Washington called the Russian exercise a provocation.', findings: [{ technique: 'loaded_language', text: 'provocation' }] },
    { text: 'The minister dismissed the report as nonsense.', findings: [{ technique: 'loaded_language', text: 'nonsense' }] },
  ],
})
