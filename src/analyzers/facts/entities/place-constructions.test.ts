import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { Coverage } from './mention.ts'
import { nameRuns } from './name-runs.ts'
import { placesByConstruction } from './place-constructions.ts'

const kb = loadKnowledgeBase()

/**
 * The unknown names of a text read as places by the words around them. Names the knowledge base
 * knows are left out of the runs, as the entity finder does; `people` are words of people named
 * in full elsewhere.
 */
function places(text: string, people: string[] = []): string[] {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  const coverage = new Coverage(tokens.length)
  const known: string[] = []
  for (const s of sentences) {
    for (const hit of kb.names.match(tokens, s.tokenStart, s.tokenEnd, doc.known)) {
      known.push(kb.entry(hit.candidates[0].value).type)
      coverage.claim(hit.start, hit.end, known.length - 1)
    }
  }
  const runs = sentences.flatMap((s) => nameRuns(doc, s, coverage, true))
  const typeAt = (i: number) => (coverage.ownerOf(i) === -1 ? null : (known[coverage.ownerOf(i)] as 'location'))
  const { places } = placesByConstruction(runs, doc, typeAt, new Set(people))
  return places.map((r) => text.slice(tokens[r.start].start, tokens[r.end - 1].end)).sort()
}

describe('places after a place noun and "of"', () => {
  test('found: the name after "the village of", "the port of", "the island of"', () => {
    assert.deepEqual(places('Shells landed near the village of Khoshkeldi and the port of Berdiansk on Sunday.'), ['Berdiansk', 'Khoshkeldi'])
    assert.deepEqual(places('Coast guard ships patrolled off the island of Pag-asa.'), ['Pag-asa'])
  })

  test('found: each name of a list after a plural noun', () => {
    assert.deepEqual(places('Artillery hit the hamlets of Nerkin Hand, Kut and Sotk.'), ['Kut', 'Nerkin Hand', 'Sotk'])
  })

  test('not found: a list after a singular noun, an organisation, a doctrine, ordinary words', () => {
    assert.deepEqual(places('The town of Dabrova and Zelena Hora held a vote.'), ['Dabrova'])
    assert.deepEqual(places('She worked for the city of Varnell Corporation.'), [])
    assert.deepEqual(places('They are islands of Lutheranism in the region.'), [])
    assert.deepEqual(places('Workers in the area of Customer Service were told.'), [])
  })
})

describe('places before a lower-case place noun', () => {
  test('found: the name before "district", "province", "camp", "crossing", "corridor"', () => {
    assert.deepEqual(places('Fighting spread to the Zhytomyrka district and the Lori province.'), ['Lori', 'Zhytomyrka'])
    assert.deepEqual(places('Troops raided the Balata camp near the Allenby crossing.'), ['Allenby', 'Balata'])
    assert.deepEqual(places('Convoys used the Zangezur corridor.'), ['Zangezur'])
  })

  test('found: names of a list before a plural noun, and a name before "border area"', () => {
    assert.deepEqual(places('Drones struck the Poltavka and Vesele districts.'), ['Poltavka', 'Vesele'])
    assert.deepEqual(places('Villagers left the Shebekino border area.'), ['Shebekino'])
  })

  test('not found: a name with a title, an organisation word, ordinary words, or a list before a singular noun', () => {
    assert.deepEqual(places('The Governor Ortega district was named after him.'), [])
    assert.deepEqual(places('The Central district and the Upper East region voted.'), [])
    assert.deepEqual(places('The Railways Authority region stayed calm.'), [])
    assert.deepEqual(places('Harlow and Dunmore district councils met.'), ['Dunmore'])
  })

  test('before "camp", a name opening with a given name is a person\'s camp; one with a place\'s first word is a place', () => {
    assert.deepEqual(places('The Dolores Whitfield camp said it would fight on.'), [])
    assert.deepEqual(places('Aid reached the Deir Ballut camp.'), ['Deir Ballut'])
  })

  test('not found: a nationality or a known place, which the knowledge base reads already', () => {
    assert.deepEqual(places('The Russian region and the Kherson region were shelled.'), [])
  })

  test('found: a name before a site of training or a base in lower case ("training area", "air base")', () => {
    assert.deepEqual(places('Allied troops trained at the Cincu training area and flew from the Hmeimim air base.'), ['Cincu', 'Hmeimim'])
    assert.deepEqual(places('The battalion fired at the Smardan firing range.'), ['Smardan'])
  })

  test('not found: a site word with no word of its use before it, or a name with a title', () => {
    assert.deepEqual(places('The Tallis area office and the Morrow base rate stayed the same.'), [])
    assert.deepEqual(places('The General Okafor training area opened.'), [])
  })
})

describe('places taken, shelled or left', () => {
  test('found: the object of a verb that takes places, and each name of its list', () => {
    assert.deepEqual(places('Militia fighters shelled Kadugli, Dilling and Talodi overnight.'), ['Dilling', 'Kadugli', 'Talodi'])
    assert.deepEqual(places('The rebels recaptured Walikale and advanced towards Lubero.'), ['Lubero', 'Walikale'])
  })

  test('found: "captured", "entered", "withdrew from" in a sentence about fighting', () => {
    assert.deepEqual(places('Government troops captured Kidal and entered Aguelhok.'), ['Aguelhok', 'Kidal'])
    assert.deepEqual(places('Our forces withdrew from Krynky.'), ['Krynky'])
    assert.deepEqual(places('Army units stormed Umm Sayala and Nova Dmytrivka.'), ['Nova Dmytrivka', 'Umm Sayala'])
  })

  test('not found: the same verbs where nothing speaks of fighting, or before a noun the name modifies', () => {
    assert.deepEqual(places('Regulators seized Norland funds last week.'), [])
    assert.deepEqual(places('The retailer entered Colombia-Peru talks and withdrew from Valtora.'), [])
    assert.deepEqual(places('The company entered Chapter 11 bankruptcy.'), [])
  })

  test('not found: a person marked by a title, a first name, a verb of saying, or a name given in full elsewhere', () => {
    assert.deepEqual(places('Troops captured Colonel Dragan Ilic near the river.'), [])
    assert.deepEqual(places('The soldiers captured Maria Hoxha at the checkpoint.'), [])
    assert.deepEqual(places('Troops shelled Lysove and Tkachuk said the town burned.'), ['Lysove'])
    assert.deepEqual(places('Soldiers seized Brennan in the raid.', ['brennan']), [])
  })

  test('a name read as a place is that place wherever else it stands', () => {
    assert.deepEqual(places('The army shelled Novoselivka. Novoselivka lost power.'), ['Novoselivka', 'Novoselivka'])
  })
})

describe('the same construction whichever side is named', () => {
  test('a village of either country is a place', () => {
    assert.deepEqual(places('Armenian troops shelled the village of Yukhari Ayrim.'), ['Yukhari Ayrim'])
    assert.deepEqual(places('Azerbaijani troops shelled the village of Nerkin Karmiraghbyur.'), ['Nerkin Karmiraghbyur'])
  })
})
