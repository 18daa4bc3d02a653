import type { CuratedEntry } from './curated-entry.ts'

const ISO2 = 'ISO 3166-2 subdivision list'

/**
 * Parts of countries and disputed territories that political news names as often as countries:
 * the nations of the United Kingdom, provinces in conflict reporting, occupied and contested areas.
 * `country` is the state the area is recognised as part of by the UN or, for contested areas,
 * the state that ISO 3166 lists it under; the note says when that is disputed.
 */
export const AREAS: readonly CuratedEntry[] = [
  { key: 'england', type: 'location', name: 'England', country: 'GBR', note: `Nation of the United Kingdom; ${ISO2} GB-ENG.` },
  { key: 'scotland', type: 'location', name: 'Scotland', country: 'GBR', note: `Nation of the United Kingdom; ${ISO2} GB-SCT.` },
  { key: 'wales', type: 'location', name: 'Wales', country: 'GBR', note: `Nation of the United Kingdom; ${ISO2} GB-WLS.` },
  { key: 'northern-ireland', type: 'location', name: 'Northern Ireland', country: 'GBR', note: `Part of the United Kingdom; ${ISO2} GB-NIR.` },
  { key: 'crimea', type: 'location', name: 'Crimea', aliases: ['Crimean Peninsula'], country: 'UKR', note: 'Ukrainian peninsula annexed by Russia in 2014; UN General Assembly resolution 68/262 affirms Ukraine\'s territorial integrity.' },
  { key: 'donbas', type: 'location', name: 'Donbas', aliases: ['Donbass'], country: 'UKR', note: 'Donetsk and Luhansk oblasts of eastern Ukraine.' },
  { key: 'kashmir', type: 'location', name: 'Kashmir', aliases: ['Jammu and Kashmir'], country: 'IND', note: 'Region divided between India, Pakistan and China; listed under the Indian union territory for the code (ISO 3166-2 IN-JK); disputed.' },
  { key: 'xinjiang', type: 'location', name: 'Xinjiang', aliases: ['Xinjiang Uyghur Autonomous Region'], country: 'CHN', note: `${ISO2} CN-XJ.` },
  { key: 'tibet', type: 'location', name: 'Tibet', aliases: ['Tibet Autonomous Region'], country: 'CHN', note: `${ISO2} CN-XZ.` },
  { key: 'gaza-strip', type: 'location', name: 'Gaza Strip', country: 'PSE', note: 'Palestinian territory (UN Security Council resolution 2334).' },
  { key: 'west-bank', type: 'location', name: 'West Bank', country: 'PSE', note: 'Palestinian territory occupied by Israel since 1967 (UN Security Council resolution 2334).' },
  { key: 'east-jerusalem', type: 'location', name: 'East Jerusalem', country: 'PSE', note: 'Occupied Palestinian territory (UN Security Council resolution 478); annexed by Israel, not recognised by the UN.' },
  { key: 'golan-heights', type: 'location', name: 'Golan Heights', aliases: ['Golan'], country: 'SYR', note: 'Syrian territory occupied by Israel since 1967 (UN Security Council resolution 497).' },
  { key: 'sinai', type: 'location', name: 'Sinai', aliases: ['Sinai Peninsula'], country: 'EGY', note: 'Egyptian peninsula (North and South Sinai governorates).' },
  { key: 'kurdistan-region', type: 'location', name: 'Kurdistan Region', aliases: ['Iraqi Kurdistan', 'Kurdistan Region of Iraq'], country: 'IRQ', note: 'Autonomous region of Iraq under the 2005 constitution.' },
  { key: 'kurdistan', type: 'location', name: 'Kurdistan', note: 'Kurdish-majority area across Turkey, Iraq, Iran and Syria; no single state.' },
  { key: 'darfur', type: 'location', name: 'Darfur', country: 'SDN', note: 'Region of western Sudan (five states).' },
  { key: 'tigray', type: 'location', name: 'Tigray', country: 'ETH', note: `Regional state of Ethiopia; ${ISO2} ET-TI.` },
  { key: 'nagorno-karabakh', type: 'location', name: 'Nagorno-Karabakh', aliases: ['Karabakh', 'Artsakh'], country: 'AZE', note: 'Region of Azerbaijan; its Armenian-run administration dissolved in 2024.' },
  { key: 'abkhazia', type: 'location', name: 'Abkhazia', country: 'GEO', note: 'Breakaway region of Georgia recognised as independent by Russia and a few states.' },
  { key: 'south-ossetia', type: 'location', name: 'South Ossetia', country: 'GEO', note: 'Breakaway region of Georgia recognised as independent by Russia and a few states.' },
  { key: 'transnistria', type: 'location', name: 'Transnistria', aliases: ['Transdniestria', 'Pridnestrovie'], country: 'MDA', note: 'Breakaway region of Moldova.' },
  { key: 'chechnya', type: 'location', name: 'Chechnya', aliases: ['Chechen Republic'], country: 'RUS', note: `${ISO2} RU-CE.` },
  { key: 'dagestan', type: 'location', name: 'Dagestan', aliases: ['Daghestan'], country: 'RUS', note: `${ISO2} RU-DA.` },
  { key: 'balochistan', type: 'location', name: 'Balochistan', aliases: ['Baluchistan'], country: 'PAK', note: `Province of Pakistan; ${ISO2} PK-BA (the wider region reaches into Iran and Afghanistan).` },
  { key: 'khyber-pakhtunkhwa', type: 'location', name: 'Khyber Pakhtunkhwa', country: 'PAK', note: `${ISO2} PK-KP.` },
  { key: 'punjab', type: 'location', name: 'Punjab', note: 'Region divided between Pakistan (PK-PB) and India (IN-PB); no single state.' },
  { key: 'helmand', type: 'location', name: 'Helmand', aliases: ['Helmand province'], country: 'AFG', note: `${ISO2} AF-HEL.` },
  { key: 'rakhine', type: 'location', name: 'Rakhine', aliases: ['Rakhine State', 'Arakan'], country: 'MMR', note: `${ISO2} MM-16.` },
  { key: 'mindanao', type: 'location', name: 'Mindanao', country: 'PHL', note: 'Southern island group of the Philippines.' },
  { key: 'luzon', type: 'location', name: 'Luzon', country: 'PHL', note: 'Northern island group of the Philippines.' },
  { key: 'visayas', type: 'location', name: 'Visayas', country: 'PHL', note: 'Central island group of the Philippines.' },
  { key: 'aceh', type: 'location', name: 'Aceh', country: 'IDN', note: `${ISO2} ID-AC.` },
  { key: 'catalonia', type: 'location', name: 'Catalonia', aliases: ['Catalunya'], country: 'ESP', note: `${ISO2} ES-CT.` },
  { key: 'basque-country', type: 'location', name: 'Basque Country', country: 'ESP', note: `${ISO2} ES-PV.` },
  { key: 'quebec', type: 'location', name: 'Quebec', aliases: ['Québec'], country: 'CAN', note: `${ISO2} CA-QC.` },
  { key: 'zaporizhzhia-region', type: 'location', name: 'Zaporizhzhia region', aliases: ['Zaporizhzhia Oblast'], country: 'UKR', note: `${ISO2} UA-23.` },
  { key: 'idlib-province', type: 'location', name: 'Idlib province', aliases: ['Idlib Governorate'], country: 'SYR', note: `${ISO2} SY-ID.` },
  { key: 'north-kivu', type: 'location', name: 'North Kivu', country: 'COD', note: `${ISO2} CD-NK.` },
  { key: 'south-kivu', type: 'location', name: 'South Kivu', country: 'COD', note: `${ISO2} CD-SK.` },
  { key: 'cabo-delgado', type: 'location', name: 'Cabo Delgado', country: 'MOZ', note: `${ISO2} MZ-P.` },
  { key: 'kosovo-region', type: 'location', name: 'Kosovo and Metohija', country: 'SRB', note: 'Serbia\'s name for Kosovo; Kosovo itself is in the country list.' },
  { key: 'hokkaido', type: 'location', name: 'Hokkaido', country: 'JPN', note: `${ISO2} JP-01.` },
  { key: 'okinawa', type: 'location', name: 'Okinawa', country: 'JPN', note: `${ISO2} JP-47.` },
  { key: 'bavaria', type: 'location', name: 'Bavaria', aliases: ['Bayern'], country: 'DEU', note: `${ISO2} DE-BY.` },
  { key: 'corsica', type: 'location', name: 'Corsica', country: 'FRA', note: 'Territorial collectivity of France.' },
  { key: 'sardinia', type: 'location', name: 'Sardinia', country: 'ITA', note: `${ISO2} IT-88.` },
  { key: 'sicily', type: 'location', name: 'Sicily', country: 'ITA', note: `${ISO2} IT-82.` },
  // Australia's states and territories, which its defence releases name as places of bases and
  // exercises ("Victoria" is left out: a lake, a Canadian city and a given name as often).
  { key: 'new-south-wales', type: 'location', name: 'New South Wales', country: 'AUS', note: `${ISO2} AU-NSW.` },
  { key: 'queensland', type: 'location', name: 'Queensland', country: 'AUS', note: `${ISO2} AU-QLD.` },
  { key: 'south-australia', type: 'location', name: 'South Australia', country: 'AUS', note: `${ISO2} AU-SA.` },
  { key: 'western-australia', type: 'location', name: 'Western Australia', country: 'AUS', note: `${ISO2} AU-WA.` },
  { key: 'tasmania', type: 'location', name: 'Tasmania', country: 'AUS', note: `${ISO2} AU-TAS.` },
  { key: 'northern-territory', type: 'location', name: 'Northern Territory', country: 'AUS', note: `${ISO2} AU-NT.` },
  { key: 'australian-capital-territory', type: 'location', name: 'Australian Capital Territory', country: 'AUS', note: `${ISO2} AU-ACT.` },
  { key: 'top-end', type: 'location', name: 'Top End', country: 'AUS', note: 'The northernmost part of the Northern Territory, around Darwin and Katherine (Northern Territory Government usage).' },
  // Counties of England that the NER tagger, trained on CoNLL-2003's cricket scores, reads as
  // teams; the -shire counties it reads as places by their ending. Left out: "Kent", "Durham" and
  // "Norfolk", surnames or a US city as often.
  { key: 'somerset', type: 'location', name: 'Somerset', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-SOM.` },
  { key: 'devon', type: 'location', name: 'Devon', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-DEV.` },
  { key: 'cornwall', type: 'location', name: 'Cornwall', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-CON.` },
  { key: 'dorset', type: 'location', name: 'Dorset', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-DOR.` },
  { key: 'essex', type: 'location', name: 'Essex', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-ESS.` },
  { key: 'surrey', type: 'location', name: 'Surrey', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-SRY.` },
  { key: 'suffolk', type: 'location', name: 'Suffolk', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-SFK.` },
  { key: 'cumbria', type: 'location', name: 'Cumbria', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-CMA.` },
  { key: 'northumberland', type: 'location', name: 'Northumberland', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-NBL.` },
  { key: 'east-sussex', type: 'location', name: 'East Sussex', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-ESX.` },
  { key: 'west-sussex', type: 'location', name: 'West Sussex', country: 'GBR', note: `Ceremonial county of England; ${ISO2} GB-WSX.` },
]
