import type { CuratedEntry } from './curated-entry.ts'

const SOURCE = 'US Census Bureau list of states (census.gov, "State Area Measurements and Internal Point Coordinates"); ISO 3166-2 US'

// Names that mean something else more often in political news carry a qualified alias only:
// "Washington" is the US capital and government, "New York" the city.
const QUALIFIED: Record<string, readonly string[]> = {
  WA: ['Washington State', 'Washington state'],
  NY: ['New York State', 'New York state'],
}

const STATES: ReadonlyArray<[code: string, name: string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'],
  ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'],
  ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
  ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
]

/** The fifty US states, as locations in the United States, keyed by postal code. */
export const US_STATES: readonly CuratedEntry[] = STATES.map(([code, name]) => {
  const qualified = QUALIFIED[code]
  return {
    key: code,
    type: 'location',
    name: qualified ? qualified[0] : name,
    aliases: qualified ? qualified.slice(1) : [],
    country: 'USA',
    note: `US state ${name} (US-${code}); ${SOURCE}.`,
  }
})
