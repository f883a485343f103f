import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { type Config, configSchema } from './schema.js';

/** Parses and validates configuration text. Throws ConfigError with every path and reason. */
export function parseConfig(text: string, origin = '<config>'): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => `  ✖ ${e.message.split('\n')[0]}`);
    throw new ConfigError(`${origin}: not valid YAML\n${lines.join('\n')}`, { cause: doc.errors[0] });
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(`${origin}: invalid configuration\n${indent(z.prettifyError(result.error))}`, {
      cause: result.error,
      details: { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  return result.data;
}

/** Reads, parses and validates a configuration file. Throws ConfigError. */
export function loadConfig(path: string): Config {
  if (!existsSync(path)) throw new ConfigError(`${path}: no such configuration file`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${path}: cannot be read`, { cause });
  }
  return parseConfig(text, path);
}

/** The configuration used when no file is given: no sources, SQLite under ./data, console output. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
