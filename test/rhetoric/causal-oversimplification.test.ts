import { cueAnalyzers, ruleTester } from './cue-analyzers.ts'

ruleTester.run('causal_oversimplification', cueAnalyzers, {
  valid: [
    'Prices rose 3 percent, driven by energy, food and rents, the statistics office said.',
    'The report lists four factors behind the decline in exports.',
    'The company said several causes were being investigated.',
  ],
  invalid: [
    { text: 'The minister said inflation is rising solely because of the central bank.', findings: [{ technique: 'causal_oversimplification', text: 'inflation is rising solely because of the central bank' }] },
    { text: 'The opposition said the only reason for the crisis is government corruption.', findings: [{ technique: 'causal_oversimplification', text: 'the only reason for the crisis is government corruption' }] },
    { text: 'The army said the rebels are entirely to blame for the famine.', findings: [{ technique: 'causal_oversimplification', text: 'the rebels are entirely to blame for the famine' }] },
    { text: 'Activists said the floods happened all because of the oil companies.', findings: [{ technique: 'causal_oversimplification', text: 'the floods happened all because of the oil companies' }] },
    { text: 'The company said lower taxes would solve all our problems.', findings: [{ technique: 'causal_oversimplification', text: 'lower taxes would solve all our problems' }] },
  ],
})
