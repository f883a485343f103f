import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { countries } = require('countries-list') as { countries: Record<string, { continent: string }> };

const CONTINENTS: Record<string, string> = { africa: 'AF', asia: 'AS', europe: 'EU', 'north-america': 'NA', 'south-america': 'SA', oceania: 'OC' };

/** Sub-regions security teams subscribe to, beyond continents. Hand-kept; codes are ISO alpha-2. */
const SUBREGIONS: Record<string, string[]> = {
  sahel: ['ML', 'NE', 'BF', 'TD', 'MR', 'SN', 'SD', 'NG', 'CM'],
  'west-africa': ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SN', 'SL', 'TG'],
  'east-africa': ['BI', 'DJ', 'ER', 'ET', 'KE', 'RW', 'SO', 'SS', 'SD', 'TZ', 'UG'],
  'horn-of-africa': ['DJ', 'ER', 'ET', 'SO'],
  'central-africa': ['AO', 'CM', 'CF', 'TD', 'CG', 'CD', 'GQ', 'GA', 'ST'],
  'north-africa': ['DZ', 'EG', 'LY', 'MA', 'SD', 'TN', 'EH'],
  'middle-east': ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'],
  gulf: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  'central-asia': ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  'south-asia': ['AF', 'BD', 'BT', 'IN', 'MV', 'NP', 'PK', 'LK'],
  'southeast-asia': ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'],
  caribbean: ['AG', 'BS', 'BB', 'CU', 'DM', 'DO', 'GD', 'HT', 'JM', 'KN', 'LC', 'VC', 'TT', 'PR', 'AI', 'AW', 'BQ', 'CW', 'KY', 'MS', 'SX', 'TC', 'VG', 'VI', 'BL', 'MF', 'GP', 'MQ'],
  'central-america': ['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA'],
  balkans: ['AL', 'BA', 'BG', 'HR', 'XK', 'ME', 'MK', 'RS', 'SI', 'RO', 'GR'],
  caucasus: ['AM', 'AZ', 'GE'],
};

const ALIASES: Record<string, string> = {
  mideast: 'middle-east',
  'near-east': 'middle-east',
  mena: 'middle-east',
  americas: 'americas',
  'latin-america': 'latin-america',
};

export function regionNames(): string[] {
  return [...Object.keys(CONTINENTS), 'americas', 'latin-america', ...Object.keys(SUBREGIONS)].sort();
}

/** The ISO codes of a region name ("Sahel", "middle east", "africa"), or null when it is not one. */
export function regionCountries(name: string): string[] | null {
  const key0 = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const key = ALIASES[key0] ?? key0;
  const byContinent = (...cs: string[]) => Object.entries(countries).filter(([, c]) => cs.includes(c.continent)).map(([code]) => code).sort();
  if (CONTINENTS[key]) return byContinent(CONTINENTS[key]);
  if (key === 'americas') return byContinent('NA', 'SA');
  if (key === 'latin-america') return [...new Set([...byContinent('SA'), ...(SUBREGIONS['central-america'] ?? []), 'CU', 'DO', 'HT', 'PR'])].sort();
  return SUBREGIONS[key] ? [...SUBREGIONS[key]] : null;
}
