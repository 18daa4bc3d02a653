import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('bandwagon_reductio', cueAnalyzers, {
  valid: [
    'The poll of 1,000 adults found 41 percent support for the plan.',
    'The ministry said 12 countries had signed the agreement.',
  ],
  invalid: [
    { text: 'The president said everyone knows the election was fair.', findings: [{ technique: 'bandwagon_reductio', text: 'everyone knows the election was fair' }] },
    { text: 'The party said millions of voters support the reform.', findings: [{ technique: 'bandwagon_reductio', text: 'millions of voters support the reform' }] },
    { text: 'The activists said the silent majority backs the strike.', findings: [{ technique: 'bandwagon_reductio', text: 'the silent majority backs the strike' }] },
    { text: 'The movement said history will put the senators on the wrong side of history.', findings: [{ technique: 'bandwagon_reductio', text: 'the wrong side of history' }] },
    { text: 'The opposition said the new security law was like the Gestapo.', findings: [{ technique: 'bandwagon_reductio', text: 'the new security law was like the Gestapo' }] },
    { text: 'State media called the western leader the new Hitler.', findings: [{ technique: 'bandwagon_reductio', text: 'State media called the western leader the new Hitler' }] },
    { text: 'The NGO said the crackdown was straight out of Stalin\'s playbook.', findings: [{ technique: 'bandwagon_reductio', text: "the crackdown was straight out of Stalin's playbook" }] },
  ],
})
