#!/usr/bin/env node
/**
 * advisory-watch command line: start, demo, replay, classify, check-config, status, sources.
 * Exit codes: 0 ok, 1 failure, 2 bad configuration or usage.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command, CommanderError } from 'commander';
import { classify } from './classify/index.js';
import { defaultConfig, loadConfig } from './config/load.js';
import { applyEnv, type Env, type Secrets } from './config/env.js';
import type { Config } from './config/schema.js';
import { AppError, ConfigError } from './errors.js';
import type { TextFormat } from './domain/types.js';

const DEFAULT_CONFIG = 'config/default.yaml';

/** The configuration file (or the built-in default) with the environment's part applied. */
export function readConfig(path: string | undefined, env: Env = process.env): { config: Config; secrets: Secrets } {
  return applyEnv(path ? loadConfig(path) : defaultConfig(), env);
}

export function formatFromPath(path: string): TextFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

export function buildProgram(): Command {
  const program = new Command('advisory-watch')
    .description('Travel-advisory alerting: polls official and news feeds, classifies them, raises one incident per country.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('check-config')
    .description('validate a configuration file and exit (0 valid, 2 invalid)')
    .argument('[file]', 'configuration file', DEFAULT_CONFIG)
    .option('--config <file>', 'configuration file (same as the argument)')
    .action((file: string, opts: { config?: string }) => {
      const path = opts.config ?? file;
      const cfg = loadConfig(path);
      process.stdout.write(
        `${path}: valid — ${cfg.sources.length} source(s), ${cfg.subscriptions.length} subscription(s), database ${cfg.database.path}\n`,
      );
    });

  program
    .command('classify')
    .description('classify documents (plain text, HTML or Markdown) and print their findings')
    .argument('<files...>', 'documents to classify')
    .option('--format <format>', 'output: jsonl or text', 'text')
    .option('--issuer <code>', 'the government that published these documents (official source context)')
    .option('--country <code>', 'the country these documents are about (single-country source context)')
    .option('--config <file>', 'configuration file (unused; accepted for uniformity)')
    .action((files: string[], opts: { format: string; issuer?: string; country?: string }) => {
      let failed = false;
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (err) {
          failed = true;
          const message = `cannot read: ${(err as Error).message}`;
          if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify({ input: file, findings: [], error: message })}\n`);
          else process.stderr.write(`${file}: ${message}\n`);
          continue;
        }
        const findings = classify({
          text,
          format: formatFromPath(file),
          issuer: opts.issuer?.toUpperCase() ?? null,
          country: opts.country?.toUpperCase() ?? null,
        });
        if (opts.format === 'jsonl') {
          process.stdout.write(`${JSON.stringify({ input: file, findings })}\n`);
        } else {
          process.stdout.write(`${file}: ${findings.length === 0 ? 'no advice found' : ''}\n`);
          for (const f of findings) {
            process.stdout.write(`  ${f.country} by ${f.issuer ?? '(unnamed)'}: level ${f.level ?? '-'}; ${f.signals.join(', ') || 'no signals'}\n    “${f.evidence}”\n`);
          }
        }
      }
      if (failed) process.exitCode = 1;
    });

  program
    .command('status')
    .description("print a country's advisory state, open incident and source health (or a summary of all)")
    .argument('[country]', 'country name, code, demonym or capital')
    .option('--config <file>', 'configuration file', DEFAULT_CONFIG)
    .action(async (country: string | undefined, opts: { config: string }) => {
      const { runStatus } = await import('./cli/status.js');
      await runStatus(readConfig(opts.config).config, country);
    });

  program
    .command('replay')
    .description('run the real pipeline over a folder of documents or feed snapshots, one poll per step, on a simulated clock')
    .argument('<dir>', 'folder of documents (.txt .html .md) or feed snapshots (.xml .json)')
    .option('--format <format>', 'output: jsonl or console', 'console')
    .option('--config <file>', 'configuration file (its subscriptions and notifiers also receive the messages)')
    .option('--baseline', 'the first poll establishes state silently, as `start` does')
    .option('--step <duration>', 'simulated time between polls', '5m')
    .option('--start <iso>', 'simulated start time (default: now)')
    .action(async (dir: string, opts: { format: string; config?: string; baseline?: boolean; step: string; start?: string }) => {
      const { runReplay } = await import('./cli/replay.js');
      const { config, secrets } = readConfig(opts.config);
      await runReplay(dir, { ...opts, config: opts.config || config.subscriptions.length > 0 ? config : null, secrets, quiet: !opts.config });
    });

  const sources = program
    .command('sources')
    .description('list the configured sources with their schedule and health; `sources test <id>` fetches one now')
    .option('--config <file>', 'configuration file', DEFAULT_CONFIG)
    .action(async (opts: { config: string }) => {
      const { runSources } = await import('./cli/sources.js');
      await runSources(readConfig(opts.config).config);
    });
  sources
    .command('test')
    .description('fetch one source now (stored state untouched) and print its items, structured levels and what the classifier made of them')
    .argument('<id>', 'source id')
    .option('--config <file>', 'configuration file', DEFAULT_CONFIG)
    .option('--format <format>', 'output: text or jsonl', 'text')
    .option('--max <n>', 'UK FCDO: at most this many country documents', '10')
    .action(async (id: string, opts: { config: string; format: string; max: string }) => {
      const { runSourcesTest } = await import('./cli/sources.js');
      // `--config` after `test` is parsed by the parent command (commander's default): take either.
      const path = opts.config !== DEFAULT_CONFIG ? opts.config : (sources.opts() as { config: string }).config;
      await runSourcesTest(readConfig(path).config, id, { format: opts.format, max: Number(opts.max) || 10 });
    });

  program
    .command('start')
    .description('poll the configured sources on their schedules and deliver alerts until stopped (SIGINT/SIGTERM)')
    .option('--config <file>', 'configuration file', DEFAULT_CONFIG)
    .action(async (opts: { config: string }) => {
      const { runStart } = await import('./cli/start.js');
      const { config, secrets } = readConfig(opts.config);
      await runStart(config, secrets);
    });

  program
    .command('demo')
    .description('serve the seed articles as a local feed and watch one Mali incident open and grow (no tokens needed)')
    .option('--config <file>', 'configuration file', 'config/demo.yaml')
    .option('--seeds <dir>', 'folder of articles to serve', 'seeds')
    .action(async (opts: { config: string; seeds: string }) => {
      const { runDemo } = await import('./cli/demo.js');
      await runDemo(readConfig(opts.config, {}).config, opts.seeds);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      process.stderr.write(`error [${err.code}]: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
