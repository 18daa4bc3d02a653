import type { CuratedEntry } from './curated-entry.ts'

const un = (report: string) => `Non-state armed group named in ${report}.`

/**
 * Armed non-state groups prominent in the news since the PETRARCH dictionaries were compiled
 * (2014), with the names and abbreviations UN reporting uses. `country` is where the group fights.
 */
export const ARMED_GROUPS: readonly CuratedEntry[] = [
  { key: 'houthis', type: 'group', name: 'Houthis', aliases: ['Houthi', 'Houthi movement', 'Ansar Allah'], country: 'YEM', note: un('the reports of the UN Security Council Panel of Experts on Yemen') },
  { key: 'rapid-support-forces', type: 'group', name: 'Rapid Support Forces', aliases: ['RSF'], country: 'SDN', note: un('the reports of the UN Security Council Panel of Experts on the Sudan') },
  { key: 'syrian-democratic-forces', type: 'group', name: 'Syrian Democratic Forces', aliases: ['SDF'], country: 'SYR', note: un('the reports of the UN Independent International Commission of Inquiry on Syria') },
  { key: 'ypg', type: 'group', name: "People's Protection Units", aliases: ['YPG'], country: 'SYR', note: un('the reports of the UN Independent International Commission of Inquiry on Syria') },
  { key: 'hayat-tahrir-al-sham', type: 'group', name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Hayat Tahrir al-Sham (HTS)'], country: 'SYR', note: un('the UN Security Council ISIL (Da\'esh) and Al-Qaida sanctions list') },
  { key: 'wagner-group', type: 'group', name: 'Wagner Group', aliases: ['Wagner'], country: 'RUS', note: un('the reports of the UN Working Group on the use of mercenaries') },
  { key: 'm23', type: 'group', name: 'M23', aliases: ['March 23 Movement', 'M23 movement'], country: 'COD', note: un('the reports of the UN Group of Experts on the Democratic Republic of the Congo') },
  { key: 'jnim', type: 'group', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: ['JNIM'], country: 'MLI', note: un('the UN Security Council ISIL (Da\'esh) and Al-Qaida sanctions list') },
  { key: 'iswap', type: 'group', name: 'Islamic State West Africa Province', aliases: ['ISWAP'], country: 'NGA', note: un('the UN Security Council ISIL (Da\'esh) and Al-Qaida sanctions list') },
  { key: 'ttp', type: 'group', name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban'], country: 'PAK', note: un('the UN Security Council ISIL (Da\'esh) and Al-Qaida sanctions list') },
  { key: 'arakan-army', type: 'group', name: 'Arakan Army', country: 'MMR', note: un('the reports of the UN Independent Investigative Mechanism for Myanmar') },
  { key: 'kataib-hezbollah', type: 'group', name: "Kata'ib Hizballah", aliases: ['Kataib Hezbollah', 'Kata’ib Hizballah'], country: 'IRQ', note: un('the reports of the UN Assistance Mission for Iraq') },
  { key: 'popular-mobilization-forces', type: 'group', name: 'Popular Mobilization Forces', aliases: ['Popular Mobilisation Forces', 'PMF', 'Hashd al-Shaabi'], country: 'IRQ', note: 'Iraqi state-sanctioned umbrella of armed groups, most formed in 2014 (UN Assistance Mission for Iraq reports).' },
  { key: 'qassam-brigades', type: 'group', name: 'Izz ad-Din al-Qassam Brigades', aliases: ['Qassam Brigades', 'al-Qassam Brigades'], country: 'PSE', note: 'The armed wing of Hamas (UN Independent International Commission of Inquiry on the Occupied Palestinian Territory).' },
]
