import type { CuratedEntry } from './curated-entry.ts'

const party = (country: string) => `Political party registered in ${country}; name and abbreviation as the party writes them on its own site and in its country's electoral register.`
const chamber = (country: string) => `Legislature or chamber of ${country}, as its own site names it.`
const platform = 'Online platform; name as its operator writes it.'
const epGroup = 'Political group of the European Parliament; name and abbreviation as the Parliament\'s site (europarl.europa.eu) writes them.'
const intl = (what: string, source: string) => `International organisation: ${what}; name and abbreviation as in ${source}.`

/**
 * Organisations that political news names often and the PETRARCH dictionaries (compiled in 2014)
 * lack: parties across each country's spectrum, chambers known by their own names, and platforms.
 * A name several countries' parties share ("Labour", "Greens") is listed under each; the
 * document's other places decide which is meant.
 */
export const ORGANISATIONS: readonly CuratedEntry[] = [
  // United States
  { key: 'us-democratic-party', type: 'organization', name: 'Democratic Party', aliases: ['Democrats', 'DNC'], country: 'USA', note: party('the United States') },
  { key: 'us-republican-party', type: 'organization', name: 'Republican Party', aliases: ['Republicans', 'GOP'], country: 'USA', note: party('the United States') },
  // United Kingdom
  { key: 'gb-labour', type: 'organization', name: 'Labour Party', aliases: ['Labour'], country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-conservative', type: 'organization', name: 'Conservative Party', aliases: ['Conservatives', 'Conservative', 'Tories', 'Conservative and Unionist Party'], country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-liberal-democrats', type: 'organization', name: 'Liberal Democrats', aliases: ['Lib Dems', 'Liberal Democrat', 'Lib Dem'], country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-snp', type: 'organization', name: 'Scottish National Party', aliases: ['SNP'], country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-reform-uk', type: 'organization', name: 'Reform UK', country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-green-party', type: 'organization', name: 'Green Party of England and Wales', aliases: ['Green Party', 'Greens'], country: 'GBR', note: party('the United Kingdom') },
  { key: 'gb-house-of-commons', type: 'organization', name: 'House of Commons', country: 'GBR', note: chamber('the United Kingdom') },
  { key: 'gb-house-of-lords', type: 'organization', name: 'House of Lords', country: 'GBR', note: chamber('the United Kingdom') },
  // Ireland
  { key: 'ie-sinn-fein', type: 'organization', name: 'Sinn Féin', aliases: ['Sinn Fein'], country: 'IRL', note: party('Ireland and Northern Ireland') },
  { key: 'ie-fianna-fail', type: 'organization', name: 'Fianna Fáil', aliases: ['Fianna Fail'], country: 'IRL', note: party('Ireland') },
  { key: 'ie-fine-gael', type: 'organization', name: 'Fine Gael', country: 'IRL', note: party('Ireland') },
  { key: 'ie-labour', type: 'organization', name: 'Labour Party', aliases: ['Labour'], country: 'IRL', note: party('Ireland') },
  { key: 'ie-dail', type: 'organization', name: 'Dáil Éireann', aliases: ['Dáil', 'Dail'], country: 'IRL', note: chamber('Ireland') },
  // Germany
  { key: 'de-cdu', type: 'organization', name: 'Christian Democratic Union', aliases: ['CDU'], country: 'DEU', note: party('Germany') },
  { key: 'de-csu', type: 'organization', name: 'Christian Social Union in Bavaria', aliases: ['CSU', 'Christian Social Union'], country: 'DEU', note: party('Germany') },
  { key: 'de-cdu-csu', type: 'organization', name: 'CDU/CSU', aliases: ['CDU/CSU'], country: 'DEU', note: 'The joint parliamentary group of the CDU and the CSU in the Bundestag (bundestag.de).' },
  { key: 'de-spd', type: 'organization', name: 'Social Democratic Party of Germany', aliases: ['SPD', 'Social Democrats'], country: 'DEU', note: party('Germany') },
  { key: 'de-greens', type: 'organization', name: 'Alliance 90/The Greens', aliases: ['Greens', 'Die Grünen'], country: 'DEU', note: party('Germany') },
  { key: 'de-fdp', type: 'organization', name: 'Free Democratic Party', aliases: ['FDP', 'Free Democrats'], country: 'DEU', note: party('Germany') },
  { key: 'de-afd', type: 'organization', name: 'Alternative for Germany', aliases: ['AfD', 'Alternative für Deutschland'], country: 'DEU', note: party('Germany') },
  { key: 'de-left', type: 'organization', name: 'The Left', aliases: ['Die Linke'], country: 'DEU', note: party('Germany') },
  { key: 'de-bsw', type: 'organization', name: 'Sahra Wagenknecht Alliance', aliases: ['BSW'], country: 'DEU', note: party('Germany') },
  { key: 'de-bundestag', type: 'organization', name: 'Bundestag', country: 'DEU', note: chamber('Germany') },
  { key: 'de-bundesrat', type: 'organization', name: 'Bundesrat', country: 'DEU', note: chamber('Germany') },
  // France
  { key: 'fr-renaissance', type: 'organization', name: 'Renaissance', country: 'FRA', note: party('France') },
  { key: 'fr-rassemblement-national', type: 'organization', name: 'National Rally', aliases: ['Rassemblement National'], country: 'FRA', note: party('France') },
  { key: 'fr-lfi', type: 'organization', name: 'La France Insoumise', aliases: ['France Unbowed', 'LFI'], country: 'FRA', note: party('France') },
  { key: 'fr-republicains', type: 'organization', name: 'The Republicans', aliases: ['Les Républicains'], country: 'FRA', note: party('France') },
  { key: 'fr-socialist-party', type: 'organization', name: 'Socialist Party', aliases: ['Parti Socialiste'], country: 'FRA', note: party('France') },
  // Italy, Spain, Poland, Hungary, the Netherlands, Sweden
  { key: 'it-brothers-of-italy', type: 'organization', name: 'Brothers of Italy', aliases: ["Fratelli d'Italia"], country: 'ITA', note: party('Italy') },
  { key: 'it-lega', type: 'organization', name: 'Lega', country: 'ITA', note: party('Italy') },
  { key: 'it-democratic-party', type: 'organization', name: 'Democratic Party', aliases: ['Partito Democratico'], country: 'ITA', note: party('Italy') },
  { key: 'it-five-star', type: 'organization', name: 'Five Star Movement', aliases: ['Movimento 5 Stelle'], country: 'ITA', note: party('Italy') },
  { key: 'es-psoe', type: 'organization', name: 'Spanish Socialist Workers\' Party', aliases: ['PSOE'], country: 'ESP', note: party('Spain') },
  { key: 'es-pp', type: 'organization', name: 'People\'s Party', aliases: ['Partido Popular'], country: 'ESP', note: party('Spain') },
  { key: 'es-vox', type: 'organization', name: 'Vox', country: 'ESP', note: party('Spain') },
  { key: 'pl-pis', type: 'organization', name: 'Law and Justice', aliases: ['PiS'], country: 'POL', note: party('Poland') },
  { key: 'pl-civic-coalition', type: 'organization', name: 'Civic Coalition', aliases: ['Civic Platform'], country: 'POL', note: party('Poland') },
  { key: 'hu-fidesz', type: 'organization', name: 'Fidesz', country: 'HUN', note: party('Hungary') },
  { key: 'hu-tisza', type: 'organization', name: 'Tisza', aliases: ['Tisza Party'], country: 'HUN', note: party('Hungary') },
  { key: 'nl-pvv', type: 'organization', name: 'Party for Freedom', aliases: ['PVV'], country: 'NLD', note: party('the Netherlands') },
  { key: 'nl-gl-pvda', type: 'organization', name: 'GroenLinks–PvdA', aliases: ['GroenLinks-PvdA'], country: 'NLD', note: party('the Netherlands') },
  { key: 'se-sweden-democrats', type: 'organization', name: 'Sweden Democrats', country: 'SWE', note: party('Sweden') },
  { key: 'se-social-democrats', type: 'organization', name: 'Swedish Social Democratic Party', country: 'SWE', note: party('Sweden') },
  // Canada, Australia
  { key: 'ca-liberal-party', type: 'organization', name: 'Liberal Party of Canada', aliases: ['Liberals'], country: 'CAN', note: party('Canada') },
  { key: 'ca-conservative-party', type: 'organization', name: 'Conservative Party of Canada', aliases: ['Conservatives', 'Conservative'], country: 'CAN', note: party('Canada') },
  { key: 'ca-ndp', type: 'organization', name: 'New Democratic Party', aliases: ['NDP'], country: 'CAN', note: party('Canada') },
  { key: 'ca-bloc-quebecois', type: 'organization', name: 'Bloc Québécois', country: 'CAN', note: party('Canada') },
  { key: 'au-labor', type: 'organization', name: 'Australian Labor Party', aliases: ['Labor', 'ALP'], country: 'AUS', note: party('Australia') },
  { key: 'au-liberal-party', type: 'organization', name: 'Liberal Party of Australia', aliases: ['Liberals'], country: 'AUS', note: party('Australia') },
  { key: 'au-greens', type: 'organization', name: 'Australian Greens', aliases: ['Greens'], country: 'AUS', note: party('Australia') },
  { key: 'au-coalition', type: 'organization', name: 'Liberal–National Coalition', aliases: ['Coalition'], country: 'AUS', note: 'The standing alliance of the Liberal and National parties in the Australian parliament (aph.gov.au).' },
  // Asia, Africa, Latin America, Middle East
  { key: 'in-bjp', type: 'organization', name: 'Bharatiya Janata Party', aliases: ['BJP'], country: 'IND', note: party('India') },
  { key: 'in-inc', type: 'organization', name: 'Indian National Congress', aliases: ['Congress party'], country: 'IND', note: party('India') },
  { key: 'in-lok-sabha', type: 'organization', name: 'Lok Sabha', country: 'IND', note: chamber('India') },
  { key: 'jp-ldp', type: 'organization', name: 'Liberal Democratic Party', aliases: ['LDP'], country: 'JPN', note: party('Japan') },
  { key: 'cn-ccp', type: 'organization', name: 'Chinese Communist Party', aliases: ['Communist Party of China', 'CCP', 'CPC'], country: 'CHN', note: 'The ruling party of China; both English names are used, the party itself writes "Communist Party of China".' },
  { key: 'ru-united-russia', type: 'organization', name: 'United Russia', country: 'RUS', note: party('Russia') },
  { key: 'ru-state-duma', type: 'organization', name: 'State Duma', aliases: ['Duma'], country: 'RUS', note: chamber('Russia') },
  { key: 'tr-akp', type: 'organization', name: 'Justice and Development Party', aliases: ['AKP', 'AK Party'], country: 'TUR', note: party('Türkiye') },
  { key: 'tr-chp', type: 'organization', name: 'Republican People\'s Party', aliases: ['CHP'], country: 'TUR', note: party('Türkiye') },
  { key: 'il-likud', type: 'organization', name: 'Likud', country: 'ISR', note: party('Israel') },
  { key: 'il-knesset', type: 'organization', name: 'Knesset', country: 'ISR', note: chamber('Israel') },
  { key: 'za-anc', type: 'organization', name: 'African National Congress', aliases: ['ANC'], country: 'ZAF', note: party('South Africa') },
  { key: 'za-da', type: 'organization', name: 'Democratic Alliance', country: 'ZAF', note: party('South Africa') },
  { key: 'za-eff', type: 'organization', name: 'Economic Freedom Fighters', aliases: ['EFF'], country: 'ZAF', note: party('South Africa') },
  { key: 'br-pt', type: 'organization', name: 'Workers\' Party', aliases: ['Partido dos Trabalhadores'], country: 'BRA', note: party('Brazil') },
  { key: 'br-pl', type: 'organization', name: 'Liberal Party', aliases: ['Partido Liberal'], country: 'BRA', note: party('Brazil') },
  // Political groups of the European Parliament (2024–2029 term), as europarl.europa.eu names them; members' releases write "(EPP, DE)"
  { key: 'ep-epp', type: 'organization', name: "Group of the European People's Party", aliases: ['EPP', 'EPP Group', "European People's Party"], note: epGroup },
  { key: 'ep-sd', type: 'organization', name: 'Group of the Progressive Alliance of Socialists and Democrats', aliases: ['S&D', 'S&D Group', 'Socialists and Democrats'], note: epGroup },
  { key: 'ep-renew', type: 'organization', name: 'Renew Europe Group', aliases: ['Renew Europe', 'Renew'], note: epGroup },
  { key: 'ep-greens-efa', type: 'organization', name: 'Group of the Greens/European Free Alliance', aliases: ['Greens/EFA', 'Greens/European Free Alliance'], note: epGroup },
  { key: 'ep-ecr', type: 'organization', name: 'European Conservatives and Reformists Group', aliases: ['ECR', 'ECR Group', 'European Conservatives and Reformists'], note: epGroup },
  { key: 'ep-pfe', type: 'organization', name: 'Patriots for Europe Group', aliases: ['PfE', 'Patriots for Europe'], note: epGroup },
  { key: 'ep-esn', type: 'organization', name: 'Europe of Sovereign Nations Group', aliases: ['ESN', 'Europe of Sovereign Nations'], note: epGroup },
  { key: 'ep-left', type: 'organization', name: 'The Left in the European Parliament', aliases: ['GUE/NGL', 'The Left group'], note: epGroup },
  // International organisations founded after the PETRARCH dictionaries or missing from them
  { key: 'intl-csto', type: 'organization', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'Collective Security Treaty Organisation'], note: intl('military alliance of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, founded 2002', 'odkb-csto.org') },
  { key: 'intl-aukus', type: 'organization', name: 'AUKUS', note: intl('security partnership of Australia, the United Kingdom and the United States, founded 2021', 'the three governments\' joint leaders\' statements') },
  { key: 'intl-warsaw-pact', type: 'organization', name: 'Warsaw Pact', aliases: ['Warsaw Treaty Organization'], note: intl('military alliance of the Soviet Union and seven states of Central and Eastern Europe, 1955–1991', 'Encyclopaedia Britannica') },
  { key: 'intl-gcc', type: 'organization', name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], note: intl('union of Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates, founded 1981', 'gcc-sg.org') },
  { key: 'intl-brics', type: 'organization', name: 'BRICS', note: intl('grouping of Brazil, Russia, India, China, South Africa and the members that joined from 2024', 'the BRICS summit declarations') },
  { key: 'intl-eaeu', type: 'organization', name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'], note: intl('economic union of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia, founded 2015', 'eaeunion.org') },
  { key: 'intl-ots', type: 'organization', name: 'Organization of Turkic States', aliases: ['Organisation of Turkic States'], note: intl('organisation of Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan, so named since 2021', 'turkicstates.org') },
  // Platforms
  { key: 'platform-tiktok', type: 'organization', name: 'TikTok', note: platform },
  { key: 'platform-instagram', type: 'organization', name: 'Instagram', note: platform },
  { key: 'platform-facebook', type: 'organization', name: 'Facebook', note: platform },
  { key: 'platform-snapchat', type: 'organization', name: 'Snapchat', note: platform },
  { key: 'platform-telegram', type: 'organization', name: 'Telegram', note: platform },
  { key: 'platform-whatsapp', type: 'organization', name: 'WhatsApp', note: platform },
  { key: 'platform-youtube', type: 'organization', name: 'YouTube', note: platform },
  { key: 'platform-meta', type: 'organization', name: 'Meta', aliases: ['Meta Platforms'], note: platform },
]
