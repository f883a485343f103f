import { existsSync } from 'node:fs';
import { countryStatus, renderHealth, renderStatusText } from '../commands/status.js';
import type { Config } from '../config/schema.js';
import { countryName } from '../domain/countries.js';
import { AppError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite.js';
import { resolveCountry } from '../commands/country.js';

export async function runStatus(config: Config, query: string | undefined, write = (t: string) => process.stdout.write(t)): Promise<void> {
  if (!existsSync(config.database.path)) {
    throw new AppError('no_database', `no database at ${config.database.path} yet: run \`start\` (or \`demo\`) first`);
  }
  const store = openSqliteStore(config.database.path);
  try {
    if (query) {
      const resolved = resolveCountry(query);
      if (!resolved.code) {
        throw new AppError('unknown_country', `unknown country "${query}"${resolved.suggestions.length ? `; did you mean ${resolved.suggestions.join(', ')}?` : ''}`);
      }
      write(`${renderStatusText(await countryStatus(store, resolved.code))}\n`);
      return;
    }
    const open = await store.listIncidents({ status: 'open' });
    write(open.length === 0 ? 'No open incidents.\n' : 'Open incidents:\n');
    for (const i of open) write(`  ${i.id}  ${countryName(i.country)}  ${i.severity}  rev ${i.revision}  since ${i.openedAt}${i.ackedBy ? `  acked by ${i.ackedBy}` : ''}\n`);
    const health = await store.listSourceHealth();
    if (health.length) write('Sources:\n');
    for (const h of health) write(`  ${renderHealth(h)}\n`);
    const counts = await store.outboxCounts();
    write(`Outbox: ${counts.pending} pending, ${counts.delivered} delivered, ${counts.rejected} rejected, ${counts.dead} dead\n`);
  } finally {
    await store.close();
  }
}
