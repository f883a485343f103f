import { countryName } from '../domain/countries.js';
import { flag, levelLabel, signalLabel } from '../domain/labels.js';
import { type AdvisoryState, type Incident, type SourceHealth, UNKNOWN_ISSUER } from '../domain/records.js';
import type { Store, StoredEvent } from '../store/port.js';

/** Everything `/advisory status <country>` answers, independent of any platform. */
export interface CountryStatus {
  country: string;
  name: string;
  issuers: AdvisoryState[];
  openIncident: Incident | null;
  lastChange: StoredEvent | null;
  sources: SourceHealth[];
}

export async function countryStatus(store: Store, country: string): Promise<CountryStatus> {
  const [issuers, openIncident, events, sources] = await Promise.all([
    store.listStates(country),
    store.getOpenIncident(country),
    store.listEvents(country, 1),
    store.listSourceHealth(),
  ]);
  issuers.sort((a, b) => Number(a.issuer === UNKNOWN_ISSUER) - Number(b.issuer === UNKNOWN_ISSUER) || a.issuer.localeCompare(b.issuer));
  return { country, name: countryName(country), issuers, openIncident, lastChange: events[0] ?? null, sources };
}

export function renderStatusText(s: CountryStatus): string {
  const lines: string[] = [`${flag(s.country)} ${s.name} (${s.country})`];
  if (s.issuers.length === 0) lines.push('  No advice recorded for this country yet.');
  for (const st of s.issuers) {
    const who = st.issuer === UNKNOWN_ISSUER ? 'unattributed' : st.issuer;
    const signals = st.signals.length ? ` · ${st.signals.map(signalLabel).join(', ')}` : '';
    const trust = st.trust === 'official' ? 'official' : `reported by ${st.reports} outlet${st.reports === 1 ? '' : 's'}`;
    lines.push(`  ${who.padEnd(4)} ${levelLabel(st.level)}${signals}  (${trust}; updated ${st.updatedAt})`);
  }
  if (s.openIncident) {
    const i = s.openIncident;
    lines.push(
      `  Open incident ${i.id}: ${i.severity}, revision ${i.revision}, opened ${i.openedAt}${i.ackedBy ? `, acknowledged by ${i.ackedBy}` : ', not acknowledged'}`,
    );
  } else {
    lines.push('  No open incident.');
  }
  if (s.lastChange) {
    const e = s.lastChange;
    const what = e.signal ? `${e.kind.replace('_', ' ')}: ${signalLabel(e.signal)}` : `${e.kind.replace('_', ' ')}${e.toLevel ? ` to ${e.toLevel}` : ''}`;
    lines.push(`  Last change: ${e.issuer === UNKNOWN_ISSUER ? 'unattributed' : e.issuer} ${what} at ${e.at} (${e.link ?? e.sourceId})`);
  }
  if (s.sources.length > 0) {
    lines.push('  Sources:');
    for (const h of s.sources) lines.push(`    ${renderHealth(h)}`);
  }
  return lines.join('\n');
}

export function renderHealth(h: SourceHealth): string {
  const state = h.consecutiveFailures > 0 ? `FAILING ×${h.consecutiveFailures} (${h.lastErrorCode}: ${h.lastErrorMessage})` : 'ok';
  return `${h.id.padEnd(20)} ${state}; last checked ${h.lastAttemptAt ?? 'never'}; last success ${h.lastSuccessAt ?? 'never'}`;
}
