/**
 * A word list as one regular-expression source shaped like a trie (shared prefixes factored out),
 * so that the engine tests one branch per character instead of every alternative at every position.
 *
 * - 'longest': every word can match, longer continuations first (a match is the longest listed
 *   word at its start);
 * - 'shortest': stops at the first complete word (enough for a yes/no trigger test).
 * A word may end in '$': it then matches only where the word ends there ("travel$" finds "travel",
 * "travel." but not "traveler").
 * An empty list gives a pattern that never matches.
 */
export function trieRegexSource(words: readonly string[], mode: 'longest' | 'shortest' = 'longest'): string {
  if (words.length === 0) return '(?!)';
  type T = Map<string, T> & { end?: boolean };
  const root: T = new Map();
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let k = n.get(ch);
      if (!k) n.set(ch, (k = new Map() as T));
      n = k;
    }
    n.end = true;
  }
  const esc = (c: string) => (c === '$' ? '(?![a-z0-9])' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const rx = (n: T): string => {
    if (n.end && mode === 'shortest') return ''; // a shorter word already matches here
    const alts = [...n].map(([c, k]) => esc(c) + rx(k));
    if (alts.length === 0) return '';
    if (n.end) return `(?:${alts.join('|')})?`;
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return rx(root);
}
