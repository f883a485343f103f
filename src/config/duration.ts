const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "500ms", "30s", "10m", "4h", "1d" or "1h30m" into milliseconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(s)) return null;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(m[1]) * (UNITS[m[2]!] ?? 0);
  return Math.round(total);
}

/** "90s" → "1m30s"; used in messages and status output. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join('');
}

/**
 * The cron expression that fires every `ms`. Intervals that divide a minute or an hour evenly are
 * exact; others are rounded to the nearest whole minute (node-cron cannot express "every 7 minutes"
 * across hour boundaries exactly, and nobody needs it to).
 */
export function intervalToCron(ms: number): string {
  const sec = Math.max(1, Math.round(ms / 1000));
  if (sec < 60) return `*/${sec} * * * * *`;
  const min = Math.round(sec / 60);
  if (min < 60) return `0 */${min} * * * *`;
  const hours = Math.round(min / 60);
  if (hours < 24) return `0 0 */${hours} * * *`;
  return `0 0 0 * * *`;
}
