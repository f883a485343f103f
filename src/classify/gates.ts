import { trieRegexSource } from './trie.js';
/**
 * Gates: which of several word families occur in a sentence, found in one regular-expression pass
 * (instead of one `includes` per word). Each family is a list of word starts: a word counts where it
 * begins a word (so a detector that must see a word inside a compound lists the compound's start too:
 * 'reisewarn' and 'teilreisewarn', 'evacu', 'repatri' and 'rapatri'). A gate's `mask(low)` returns a bit
 * set with bit i on when some word of family i occurs in `low`. (Anchored at word starts, the pass skips
 * the middle of every word: about 3% of the classifier's time.)
 *
 * Gates made by one `GateSet` share that pass: the signal detectors and the level detectors ask about
 * the same sentence one after the other, and the words of both are found at once (the answer is kept
 * for the last sentence asked about).
 */
export interface Gate {
  mask(low: string): number;
}

export class GateSet {
  private readonly groups: Array<ReadonlyArray<readonly string[]>> = [];
  private re: RegExp | null = null;
  /** Per word: its bits in every group (a word carries the bits of every word that is a prefix of it). */
  private bits = new Map<string, number[]>();
  private lastLow: string | null = null;
  private last: number[] = [];

  /** A gate over `families` (at most 31), answered by this set's shared pass. */
  gate(families: ReadonlyArray<readonly string[]>): Gate {
    if (families.length > 31) throw new RangeError('at most 31 families per gate');
    const g = this.groups.length;
    this.groups.push(families);
    this.re = null;
    this.lastLow = null;
    return { mask: (low: string) => this.maskOf(low, g) };
  }

  private build(): RegExp {
    const own = new Map<string, number[]>();
    this.groups.forEach((families, g) => {
      families.forEach((words, i) => {
        for (const w of words) {
          if (!w) continue;
          const b = own.get(w) ?? new Array<number>(this.groups.length).fill(0);
          b[g]! |= 1 << i;
          own.set(w, b);
        }
      });
    });
    // a match reports the longest word at its start: it carries the bits of every word that is a prefix of it
    this.bits = new Map();
    for (const w of own.keys()) {
      const b = new Array<number>(this.groups.length).fill(0);
      for (const [v, vb] of own) if (w.startsWith(v)) for (let g = 0; g < b.length; g++) b[g]! |= vb[g]!;
      this.bits.set(w, b);
    }
    return new RegExp('\\b' + trieRegexSource([...own.keys()]), 'g');
  }

  private maskOf(low: string, group: number): number {
    if (low !== this.lastLow || this.re === null) {
      const re = (this.re ??= this.build());
      // (one array, cleared in place: the answer is only kept for the last sentence asked about)
      const acc = this.last.length === this.groups.length ? this.last.fill(0) : (this.last = new Array<number>(this.groups.length).fill(0));
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(low)) !== null) {
        const b = this.bits.get(m[0]);
        if (b) for (let g = 0; g < acc.length; g++) acc[g]! |= b[g]!;
        // words that start inside this match are found from the next position
        re.lastIndex = m.index + 1;
      }
      this.lastLow = low;
    }
    return this.last[group] ?? 0;
  }
}

/** The gates of the signal and level detectors: one pass per sentence for both. */
export const DETECTOR_GATES = new GateSet();
