import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('name_calling', cueAnalyzers, {
  valid: [
    'The government and the opposition met in Geneva for a third round of talks.',
    'The armed group released two hostages, a spokesman for the mediators said.',
    'The central bank raised its key rate by half a point.',
    'Both parties agreed to publish the minutes of the meeting.',
    // "regime" as a technical term: a legal framework, not a government.
    'The Council extended the sanctions regime against the network by six months.',
    'Ministers agreed a new visa regime for seasonal workers and a simpler export control regime.',
    'Parliament asked the Council to add the guard corps to the EU terrorist list.',
    'The foundation is funded by foreign donors, its annual report shows.',
    'The colour of the new banknotes was chosen by a public vote.',
  ],
  invalid: [
    { text: 'Moscow said the Kyiv regime had shelled the town.', findings: [{ technique: 'name_calling', text: 'regime' }] },
    { text: 'Washington said the Assad regime had used chemical weapons.', findings: [{ technique: 'name_calling', text: 'regime' }] },
    { text: 'The regime tightened its sanctions regime on exporters.', findings: [{ technique: 'name_calling', text: 'regime' }] },
    { text: 'The ministry called the strikers terrorists.', findings: [{ technique: 'name_calling', text: 'terrorists' }] },
    { text: 'The ruling party called the protesters thugs and traitors.', findings: [{ technique: 'name_calling', text: 'thugs' }, { technique: 'name_calling', text: 'traitors' }] },
    { text: 'The opposition called the president a dictator.', findings: [{ technique: 'name_calling', text: 'dictator' }] },
    { text: 'The movement said the radical left had taken over the universities.', findings: [{ technique: 'name_calling', text: 'radical left' }] },
    { text: 'Activists said far-right groups had attacked the camp.', findings: [{ technique: 'name_calling', text: 'far-right' }] },
    { text: 'The militia called the foreign troops crusaders and occupiers.', findings: [{ technique: 'name_calling', text: 'crusaders' }, { technique: 'name_calling', text: 'occupiers' }] },
    { text: 'The military council dismissed its critics as globalist puppets.', findings: [{ technique: 'name_calling', text: 'globalist' }, { technique: 'name_calling', text: 'puppets' }] },
    { text: 'State television described the neighbouring government as a neo-Nazi junta.', findings: [{ technique: 'name_calling', text: 'neo-Nazi' }, { technique: 'name_calling', text: 'junta' }] },
    { text: 'The NGO accused the company of acting like a warmonger.', findings: [{ technique: 'name_calling', text: 'warmonger' }] },
    { text: 'The movement said only fools in Warsaw still believed the alliance.', findings: [{ technique: 'name_calling', text: 'fools' }] },
    { text: 'The party said only fools in Moscow still believed the Kremlin.', findings: [{ technique: 'name_calling', text: 'fools' }] },
    // Labels by paymaster, from both sides.
    { text: 'The ministry said the rally was organised by foreign-funded activists.', findings: [{ technique: 'name_calling', text: 'foreign-funded' }] },
    { text: 'The movement said the channel was Kremlin-funded.', findings: [{ technique: 'name_calling', text: 'Kremlin-funded' }] },
    { text: 'State media called the protests a colour revolution.', findings: [{ technique: 'name_calling', text: 'colour revolution' }] },
  ],
})
