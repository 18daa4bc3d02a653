import fc from 'fast-check'

// Pieces that make the facts analyzers work hard: numbers, qualifiers, date words, every quote
// mark, apostrophes, names, odd whitespace, an astral emoji and prototype-polluting words.
const FRAGMENTS = [
  ' ', ' ', '\n', '\n\n', 'the', 'troops', 'said', 'he', 'Lavrov', 'Minister', 'of', 'more than', 'about', 'between', 'and', 'to', '1,200', '3.5', '40',
  '2021', '5', 'May', 'Tuesday', 'last', 'next', 'ago', 'days', 'yesterday', '$', '€40m', '%', 'per cent', 'million', 'twelve', 'hundreds', 'a dozen',
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', ',', '.', ':', '–', '-', '/', '(', ')', 'don’t', 'allies’', '’90s', 'that', 'according to', '🎉', '\u00a0', 'constructor', 'toString', '__proto__', 'hasOwnProperty',
]

/** Random news-like texts for property tests of the facts analyzers: mostly fragment soups, some raw graphemes. */
export const newsLikeTexts = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
)
