import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { createEntitiesAnalyzer } from '../entities.ts'
import { DocumentWords } from './document-words.ts'
import { thingNames } from './thing-names.ts'

const kb = loadKnowledgeBase()
const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The ship and weapon names of a text, as written. */
function names(text: string): string[] {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  return sentences.flatMap((s) => thingNames(doc, kb, s)).map((n) => (n.chars ? text.slice(...n.chars) : text.slice(tokens[n.start].start, tokens[n.end - 1].end)))
}

/** The entities of a text as "type name". */
const entities = (text: string) => rules.analyze(text).entities.map((e) => `${e.type} ${e.name}`)

describe('ship names', () => {
  test('a prefix and the name after it are one name, initials and small words included', () => {
    assert.deepEqual(names('The frigate HMS Duke of Kent escorted USNS John L. Canley and the Dutch HNLMS De Ruyter.'), ['HMS Duke of Kent', 'USNS John L. Canley', 'HNLMS De Ruyter'])
    assert.deepEqual(names('BRP Teresa Magbanua and JS Izumo sailed past, with the TCG Anadolu.'), ['BRP Teresa Magbanua', 'JS Izumo', 'TCG Anadolu'])
    assert.deepEqual(names('The Coast Guard ship ICGS Samudra Prahari rescued 14 fishermen.'), ['ICGS Samudra Prahari'])
  })

  test('the name stops before the words of its group, a bracket or a lower-case word', () => {
    assert.deepEqual(names('Sailors aboard USS Dwight D. Eisenhower (CVN 69) and the USS Bataan Amphibious Ready Group trained.'), ['USS Dwight D. Eisenhower', 'USS Bataan'])
  })

  test('a ship named after a person or a place is neither', () => {
    assert.deepEqual(entities('The destroyer USS Thomas Hudner docked while HMS Richmond stood off the coast.'), ['other USS Thomas Hudner', 'other HMS Richmond'])
  })

  test('in a headline the name stops at the first ordinary word', () => {
    assert.deepEqual(names('HMS Queen Elizabeth Leaves Portsmouth For Pacific Tour'), ['HMS Queen Elizabeth'])
    assert.deepEqual(names('USS Carney Downs Drones Over Red Sea'), ['USS Carney'])
  })

  test('no ship: a prefix-like acronym before a word in capitals or a lower-case word', () => {
    assert.deepEqual(names('INS OFFICERS met the press. The HMS archive opened.'), [])
  })
})

describe('weapons and equipment', () => {
  test('a model with its name, and a model alone in a sentence about arms', () => {
    assert.deepEqual(names('Two Rafale M jets and an E-2D Hawkeye took off while the Su-35 pilots waited.'), ['Rafale M', 'E-2D Hawkeye', 'Su-35'])
    assert.deepEqual(names('The air force received CH-47F Chinook helicopters and KC-46A Pegasus tankers.'), ['CH-47F Chinook', 'KC-46A Pegasus'])
  })

  test('a name before a weapon noun, with modifiers between; a version after the name', () => {
    assert.deepEqual(names('Kyiv asked for more Taurus cruise missiles, Challenger 2 tanks and Gepard anti-aircraft vehicles.'), ['Taurus', 'Challenger 2', 'Gepard'])
    assert.deepEqual(names('It fired Kalibr-M missiles and Lancet-3 loitering munitions.'), ['Kalibr-M', 'Lancet-3'])
    assert.deepEqual(names('The French contingent brought Caesar self-propelled guns and Bofors guns.'), ['Caesar', 'Bofors'])
  })

  test('the noun may end the name itself; "-type" leaves the name alone', () => {
    assert.deepEqual(names('Marines drove Amphibious Combat Vehicles ashore as Geran-type drones flew over.'), ['Amphibious Combat Vehicles', 'Geran'])
  })

  test('a weapon\'s kind may end its name, or come before the equipment\'s own name', () => {
    assert.deepEqual(names('The army will field the Long-Range Hypersonic Weapon next year.'), ['Long-Range Hypersonic Weapon'])
    assert.deepEqual(names('The council approved Future Ready Combat Vehicles for the army.'), ['Future Ready Combat Vehicles'])
    assert.deepEqual(names('HAL will deliver the first Light Combat Helicopter Prachand squadron to the air force.'), ['Light Combat Helicopter Prachand'])
  })

  test('invalid: a weapon\'s kind before an ordinary word or a longer name keeps that word out', () => {
    assert.deepEqual(names('The army tested the Hypersonic Weapon Program Office plan on Monday.'), [])
    assert.deepEqual(names('Troops used the Light Combat Helicopter Fleet during the exercise.'), [])
  })

  test('invalid: equipment words inside a longer name are the name\'s, not a weapon\'s', () => {
    assert.deepEqual(names('The bill is endorsed by the Association for Uncrewed Vehicle Systems International.'), [])
    assert.deepEqual(names('Officials of Armoured Vehicle Holdings said so.'), [])
  })

  test('makers and owners are no weapons: "Russian drones", "Iranian-made missiles", "Houthi missiles"', () => {
    assert.deepEqual(names('Turkish drones, Iranian-made missiles and Houthi missiles were seen.'), [])
  })

  test('codes and systems of other kinds are no weapons', () => {
    assert.deepEqual(names('The state funds K-12 schools and the Medicare system, officials said.'), [])
    assert.deepEqual(names('The Senate passed the bill after the G20 summit.'), [])
  })

  test('a weapon is an `other` entity, not an organisation, group or person', () => {
    assert.deepEqual(entities('Norway donated F-16AM Fighting Falcon jets and Leopard 2A4 tanks.'), ['location Norway', 'other F-16AM Fighting Falcon', 'other Leopard 2A4'])
  })
})

describe('exercise names', () => {
  test('the name after "exercise", "drills" or "codenamed", or before "exercise" or "drills", quoted or not, with its year', () => {
    assert.deepEqual(names('NATO concluded its exercise Steadfast Shield in Poland.'), ['Steadfast Shield'])
    assert.deepEqual(names('The CSTO held its exercise Indestructible Brotherhood in Kazakhstan.'), ['Indestructible Brotherhood'])
    assert.deepEqual(names('Statement on the so-called "Indestructible Brotherhood" drills'), ['Indestructible Brotherhood'])
    assert.deepEqual(names('The exercise, codenamed Tian Shan Guard 2024, ended on Friday.'), ['Tian Shan Guard 2024'])
    assert.deepEqual(entities('Estonia completed the exercise Hedgehog 2026 near Tallinn.'), ['location Estonia', 'other Hedgehog 2026', 'location Tallinn'])
  })

  test('"Exercise" written with a capital opens the name, even over words the knowledge base knows', () => {
    assert.deepEqual(entities('Exercise Samurai Guardian will be held in Australia in 2027.'), ['other Exercise Samurai Guardian', 'location Australia'])
    assert.deepEqual(entities('Exercise Iron Marten, held near Tallinn, ended.'), ['other Exercise Iron Marten', 'location Tallinn'])
  })

  test('"Operation" written with a capital opens an operation\'s name the same way', () => {
    assert.deepEqual(entities('The group builds on Operation Prosperity Guardian in the Red Sea.'), ['other Operation Prosperity Guardian', 'location Red Sea'])
    assert.deepEqual(names('It recalled Operation Pillar of Defense in Gaza.'), ['Operation Pillar of Defense'])
  })

  test('invalid: "Operation" after a capitalised word, or before no capitalised word, opens no name', () => {
    assert.deepEqual(names('Troops of the Joint Operation Command and the Operation of ports were praised.'), [])
  })

  test('a name ending in "Exercise" with its acronym is one exercise: "Maritime Partnership Exercise (PASSEX)"', () => {
    assert.deepEqual(rules.analyze('The ships held a Coastal Partnership Exercise (COPEX) on Monday.').entities.map((e) => `${e.type} ${e.name} ${e.mentions.map((m) => m.text).join(',')}`), ['other Coastal Partnership Exercise Coastal Partnership Exercise,COPEX'])
  })

  test('invalid: who holds the drills, and names away from the word, are no exercise names', () => {
    assert.deepEqual(names('NATO drills began in Poland, and Russian drills in Belarus.'), [])
    assert.deepEqual(names('The exercise ended. Steadfast Shield was its name.'), [])
    assert.deepEqual(names('After the exercise the Minister spoke.'), [])
  })
})


describe('weight and role words between a weapon\'s name and its noun', () => {
  test('"lightweight multirole" and "heavyweight" stand between the name and the noun', () => {
    assert.deepEqual(names('They will be armed with the Martlet lightweight multirole missile and Spearfish heavyweight torpedoes.'), ['Martlet', 'Spearfish'])
  })

  test('invalid: a word of weight alone names no weapon', () => {
    assert.deepEqual(names('The Falcon lightweight design won a prize at the air show.'), [])
  })
})

describe('a weapon\'s name opening a sentence', () => {
  test('before a version and the noun it is the weapon\'s', () => {
    assert.deepEqual(names('Typhoon FGR4 jets flew from the base. Leopard 2A6 tanks opened fire.'), ['Typhoon FGR4', 'Leopard 2A6'])
  })

  test('an ordinary first word with no version after it is none', () => {
    assert.deepEqual(names('Typhoon damage hit the coast where troops and jets were based.'), [])
  })
})
