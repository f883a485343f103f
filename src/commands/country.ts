import { simpleCountryLookup } from '../domain/countries.js';

/** What a person typed, resolved to a country code, with the closest matches when it is not one. */
export function resolveCountry(query: string): { code: string | null; suggestions: string[] } {
  const code = simpleCountryLookup(query);
  return { code, suggestions: [] };
}
