/** `npm run bench`: prints the pipeline's and the classifier's figures. */
import { benchCost, benchLatency } from './pipeline.js';

const section = (t: string) => console.log(`\n== ${t}`);
section('pipeline: latency');
await benchLatency();
section('pipeline: cost per item');
await benchCost();
section('classifier: throughput');
try {
  const { benchClassifier } = await import('./classifier.js');
  await benchClassifier();
} catch (err) {
  console.log(`classifier benchmark unavailable: ${(err as Error).message}`);
}
