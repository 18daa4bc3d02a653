import type { TechniqueId } from './schema.ts'

/** The 14 PTC techniques: our id, the benchmark's exact label, and a one-line definition. */
export const TECHNIQUES: ReadonlyArray<{ id: TechniqueId; ptc: string; name: string; definition: string }> = [
  { id: 'loaded_language', ptc: 'Loaded_Language', name: 'Loaded language', definition: 'Words or phrases with strong emotional implications used to influence the audience.' },
  { id: 'name_calling', ptc: 'Name_Calling,Labeling', name: 'Name calling / labelling', definition: 'Labelling the object of the campaign as something the audience fears, hates or finds undesirable, or loves and praises.' },
  { id: 'repetition', ptc: 'Repetition', name: 'Repetition', definition: 'Repeating the same message over and over so the audience comes to accept it.' },
  { id: 'exaggeration', ptc: 'Exaggeration,Minimisation', name: 'Exaggeration / minimisation', definition: 'Representing something as better or worse than it really is, or downplaying it.' },
  { id: 'doubt', ptc: 'Doubt', name: 'Doubt', definition: 'Questioning the credibility of someone or something.' },
  { id: 'appeal_to_fear', ptc: 'Appeal_to_fear-prejudice', name: 'Appeal to fear / prejudice', definition: 'Seeking support for an idea by instilling anxiety or panic about an alternative, possibly based on preconceived judgements.' },
  { id: 'flag_waving', ptc: 'Flag-Waving', name: 'Flag-waving', definition: 'Playing on strong national or group feeling to justify or promote an action or idea.' },
  { id: 'causal_oversimplification', ptc: 'Causal_Oversimplification', name: 'Causal oversimplification', definition: 'Assuming a single cause or reason when there are actually multiple causes for an issue.' },
  { id: 'slogans', ptc: 'Slogans', name: 'Slogans', definition: 'A brief and striking phrase that may include labelling and stereotyping.' },
  { id: 'appeal_to_authority', ptc: 'Appeal_to_Authority', name: 'Appeal to authority', definition: 'Stating that a claim is true simply because a valid authority or expert on the issue said it was.' },
  { id: 'black_and_white', ptc: 'Black-and-White_Fallacy', name: 'Black-and-white fallacy', definition: 'Presenting two alternative options as the only possibilities, when in fact more possibilities exist.' },
  { id: 'thought_terminating_cliche', ptc: 'Thought-terminating_Cliches', name: 'Thought-terminating cliché', definition: 'Words or phrases that discourage critical thought and meaningful discussion about a given topic.' },
  { id: 'whataboutism_strawman_red_herring', ptc: 'Whataboutism,Straw_Men,Red_Herring', name: 'Whataboutism / straw man / red herring', definition: 'Discrediting a position by charging hypocrisy, refuting a distorted version of it, or diverting attention to an irrelevant issue.' },
  { id: 'bandwagon_reductio', ptc: 'Bandwagon,Reductio_ad_hitlerum', name: 'Bandwagon / reductio ad hitlerum', definition: 'Urging the audience to join because everyone else is, or rejecting an idea because a despised group supports it.' },
]

export const PTC_LABELS: readonly string[] = TECHNIQUES.map((t) => t.ptc)
const byPtc = new Map(TECHNIQUES.map((t) => [t.ptc, t]))
const byId = new Map(TECHNIQUES.map((t) => [t.id, t]))

export function techniqueByPtc(label: string) {
  return byPtc.get(label)
}
export function techniqueById(id: TechniqueId) {
  const t = byId.get(id)
  if (!t) throw new Error(`Unknown technique id '${id}'. Known ids: ${[...byId.keys()].join(', ')}`)
  return t
}
