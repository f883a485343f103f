import { trieRegexSource } from './trie.js';
/**
 * Gates: which of several word families occur in a sentence, found in one regular-expression pass
 * (instead of one `includes` per word). Each family is a list of substrings (no word boundaries);
 * `mask(low)` returns a bit set with bit i on when some substring of family i occurs in `low`.
 * At most 31 families per Gates.
 */
export class Gates {
  private readonly re: RegExp;
  private readonly masks = new Map<string, number>();
  private lastLow: string | null = null;
  private lastMask = 0;

  constructor(families: ReadonlyArray<readonly string[]>) {
    if (families.length > 31) throw new RangeError('at most 31 families');
    const own = new Map<string, number>();
    families.forEach((words, i) => {
      for (const w of words) if (w) own.set(w, (own.get(w) ?? 0) | (1 << i));
    });
    // a match reports the longest word at its start: it carries the bits of every word that is a prefix of it
    for (const w of own.keys()) {
      let m = 0;
      for (const [v, b] of own) if (w.startsWith(v)) m |= b;
      this.masks.set(w, m);
    }
    this.re = new RegExp(trieRegexSource([...own.keys()]), 'g');
  }

  /** Bit i set when family i occurs in `low` (the last answer is cached: callers ask twice per sentence). */
  mask(low: string): number {
    if (low === this.lastLow) return this.lastMask;
    let mask = 0;
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(low)) !== null) {
      mask |= this.masks.get(m[0]) ?? 0;
      // words that start inside this match are found from the next position
      re.lastIndex = m.index + 1;
    }
    this.lastLow = low;
    this.lastMask = mask;
    return mask;
  }
}

