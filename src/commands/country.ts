import { createRequire } from 'node:module';
import { lookupCountry } from '../classify/index.js';
import { countryName } from '../domain/countries.js';

const require = createRequire(import.meta.url);
const EN = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };

/** Every English name and alias, folded, with its code. */
const NAMES: { name: string; folded: string; code: string }[] = Object.entries(EN.countries).flatMap(([code, names]) =>
  (Array.isArray(names) ? names : [names]).map((name) => ({ name, folded: fold(name), code })),
);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("mlai" → "mali" is 1). */
export function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest country names to what was typed, best first. */
export function suggestCountryNames(query: string, n = 3): string[] {
  const q = fold(query);
  if (!q) return [];
  const best = new Map<string, number>();
  for (const { folded, code } of NAMES) {
    const prefix = folded.startsWith(q) ? 0 : 1;
    const head = Math.min(...[q.length - 1, q.length, q.length + 1].map((k) => osaDistance(q, folded.slice(0, k))));
    const dist = Math.min(osaDistance(q, folded), head + 1) + prefix * 0.5;
    if (!best.has(code) || dist < best.get(code)!) best.set(code, dist);
  }
  return [...best.entries()]
    .filter(([, d]) => d <= Math.max(2.5, q.length * 0.45))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([code]) => `${countryName(code)} (${code})`);
}

/**
 * What a person typed — a name in any case, with or without accents, a code, a demonym or a capital
 * ("cote d'ivoire", "Ivory Coast", "CI", "Bamako", "malian") — resolved to an ISO code, with the
 * closest matches when it is not one.
 */
export function resolveCountry(query: string): { code: string | null; suggestions: string[] } {
  const q = query.trim().replace(/^["'“]|["'”]$/g, '');
  if (!q) return { code: null, suggestions: [] };
  const code = lookupCountry(q);
  if (code) return { code, suggestions: [] };
  return { code: null, suggestions: suggestCountryNames(q) };
}

export function displayCountry(code: string): string {
  return `${countryName(code)} (${code})`;
}
