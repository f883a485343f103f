/**
 * `npm run bench`: prints the pipeline's and the classifier's figures. The classifier's throughput is
 * measured in a process of its own, so that the pipeline benchmarks' code and heap (SQLite, HTTP, the
 * outbox) do not share its JIT state and garbage collector.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchCost, benchLatency } from './pipeline.js';

const section = (t: string) => console.log(`\n== ${t}`);
section('pipeline: latency');
await benchLatency();
section('pipeline: cost per item');
await benchCost();
section('classifier: throughput');
const script = fileURLToPath(new URL('./classifier.ts', import.meta.url));
// (process.execArgv carries tsx's loader, so the child runs the TypeScript file the same way)
const child = spawnSync(process.execPath, [...process.execArgv, script], { stdio: 'inherit' });
if (child.status !== 0) console.log(`classifier benchmark failed (exit ${child.status ?? child.signal})`);
