import snowball from 'snowball-stemmers';

// Norwegian inflections for search: the Snowball stemmer for Norwegian
// (bokmål), which strips endings: "svanemerket", "svanemerkede" and
// "svanemerke" all come to "svanemerk". Search uses it to widen a typed word
// to the other forms of the same word (textMatch.ts: wordMatches).
const norwegian = snowball.newStemmer('norwegian');
const cache = new Map<string, string>();

/** The stem of a lower-case word (memoised: the same few thousand words are asked for again and again). */
export function stemNo(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = norwegian.stem(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
