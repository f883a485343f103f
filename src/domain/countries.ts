import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const OVERRIDES: Record<string, string> = { XK: 'Kosovo', PS: 'Palestinian Territories', US: 'United States', GB: 'United Kingdom' };

/** English display name of an ISO alpha-2 code ("ML" → "Mali"); the code itself when unknown. */
export function countryName(code: string): string {
  return OVERRIDES[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
}

export function isCountryCode(code: string): boolean {
  return code === 'XK' || countries.isValid(code);
}

