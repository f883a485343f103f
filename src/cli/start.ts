import type { Secrets } from '../config/env.js';
import type { Config } from '../config/schema.js';
import { createApp } from '../main.js';

/** Runs until SIGINT/SIGTERM: then stops polling, lets the cycle in flight finish, drains the outbox, exits 0. */
export async function runStart(config: Config, secrets: Secrets = {}): Promise<void> {
  const app = await createApp({ config, secrets });
  if (app.sources.length === 0) app.log.warn('no sources configured: nothing will be polled (see config/default.yaml)');
  if (config.subscriptions.length === 0) app.log.warn('no subscriptions configured: changes are recorded but nobody is alerted');
  app.start();
  app.log.info({ sources: app.sources.map((s) => s.id), notifiers: [...app.notifiers.keys()] }, 'advisory-watch started');
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        app.log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      app.log.info({ signal }, 'stopping: finishing polls in flight and draining the outbox');
      app
        .stop()
        .then(() => app.log.info('stopped cleanly'))
        .catch((err: Error) => app.log.error({ err: err.message }, 'error while stopping'))
        .finally(resolve);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
