import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('appeal_to_fear', cueAnalyzers, {
  valid: [
    'The interior ministry said 4,000 asylum applications were filed in March.',
    'The company recalled 20,000 heaters after reports of overheating.',
    'The health agency recommended vaccination for people over 65.',
    'The guard of honour lowered the flag at sunset.',
    'The ministry said the first vaccines would arrive in our schools in May.',
  ],
  invalid: [
    { text: 'The party warned of a flood of migrants this summer.', findings: [{ technique: 'appeal_to_fear', text: 'flood of migrants' }] },
    { text: 'The government said the opposition wants to destroy the country.', findings: [{ technique: 'appeal_to_fear', text: 'the opposition wants to destroy the country' }] },
    { text: 'The minister called the sanctions an existential threat to the nation.', findings: [{ technique: 'appeal_to_fear', text: 'existential threat' }] },
    { text: 'Activists said no one is safe while the plant stays open.', findings: [{ technique: 'appeal_to_fear', text: 'no one is safe' }] },
    { text: 'The army said the region was on the brink of war.', findings: [{ technique: 'appeal_to_fear', text: 'on the brink of war' }] },
    { text: 'The NGO said the climate crisis is a threat to our children and must be met before it is too late.', findings: [{ technique: 'appeal_to_fear', text: 'threat to our children' }, { technique: 'appeal_to_fear', text: 'before it is too late' }] },
    { text: 'The company warned that the new tax would destroy our economy.', findings: [{ technique: 'appeal_to_fear', text: 'the new tax would destroy our economy' }] },
    // Conditional warnings and harms brought home, from movements on both sides.
    { text: 'If Europe lets its guard down, the unrest will be exported to our own streets.', findings: [{ technique: 'appeal_to_fear', text: 'If Europe lets its guard down, the unrest will be exported to our own streets' }] },
    { text: 'If nothing is done, violence will spread to every village in the valley.', findings: [{ technique: 'appeal_to_fear', text: 'If nothing is done, violence will spread to every village in the valley' }] },
    { text: 'The movement said that if the world does nothing, we will be next.', findings: [{ technique: 'appeal_to_fear', text: 'if the world does nothing, we will be next' }] },
    { text: 'Those who laugh at this danger today will be the first to suffer tomorrow.', findings: [{ technique: 'appeal_to_fear', text: 'Those who laugh at this danger today will be the first to suffer tomorrow' }] },
  ],
})
