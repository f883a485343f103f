/**
 * Classifier throughput. Generates ≥10,000 realistic documents (official advisories, embassy alerts,
 * wire news with and without advice; 1–8 KB) and prints docs/s and MB/s for the classifier beside a
 * plain scan of the same text (lower-case it and run one regular expression), and their ratio.
 *
 *   npx tsx bench/classifier.ts
 */
import { fileURLToPath } from 'node:url';
import { classify, gazetteerReady } from '../src/classify/index.js';
import type { ClassifyInput } from '../src/domain/types.js';

const COUNTRIES = ['Mali', 'Niger', 'Haiti', 'Lebanon', 'Sudan', 'Burkina Faso', 'Mexico', 'Peru', 'Ethiopia', 'Iraq', 'Iran', 'Venezuela', 'Chad', 'Myanmar', 'Nicaragua', 'Kenya', 'Nepal', 'Portugal', 'Japan', 'Colombia'];
const CAPITALS: Record<string, string> = {
  Mali: 'Bamako', Niger: 'Niamey', Haiti: 'Port-au-Prince', Lebanon: 'Beirut', Sudan: 'Khartoum', 'Burkina Faso': 'Ouagadougou',
  Mexico: 'Mexico City', Peru: 'Lima', Ethiopia: 'Addis Ababa', Iraq: 'Baghdad', Iran: 'Tehran', Venezuela: 'Caracas', Chad: "N'Djamena",
  Myanmar: 'Yangon', Nicaragua: 'Managua', Kenya: 'Nairobi', Nepal: 'Kathmandu', Portugal: 'Lisbon', Japan: 'Tokyo', Colombia: 'Bogota',
};
const ISSUERS = [
  ['The U.S. Embassy', 'U.S. citizens'],
  ['The State Department', 'Americans'],
  ['The FCDO', 'British nationals'],
  ['Global Affairs Canada', 'Canadians'],
  ['Smartraveller', 'Australians'],
  ["Italy's foreign ministry", 'Italian citizens'],
  ['The German Foreign Office', 'German nationals'],
] as const;
const LEVELS = ['Do not travel to', 'Reconsider travel to', 'Exercise increased caution in', 'Exercise normal precautions in'];

const FILLER = [
  'Violent crime, such as armed robbery, carjacking and kidnapping, is common in several regions.',
  'Local police may lack the resources to respond effectively to serious criminal incidents.',
  'Demonstrations occur frequently and can turn violent with little or no warning.',
  'Terrorist groups continue plotting possible attacks, targeting tourist locations, transportation hubs and markets.',
  'Even minor health issues could require medical evacuation at the traveler\'s expense.',
  'Have a plan to leave in an emergency that does not depend on U.S. government help.',
  'Find a safe location and shelter in place if in the vicinity of large gatherings or protests.',
  'Fuel shortages have disrupted transport, and schools were closed for a week by the ministry of education.',
  'The central bank raised interest rates for the third time this year, citing inflation.',
  'Analysts said the government faces growing pressure from armed groups and a weakening economy.',
  'Flights between the capital and the coast operated normally, the airline said on Tuesday.',
  'Enroll in the Smart Traveler Enrollment Program to receive alerts and make it easier to locate you in an emergency.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Deterministic generator of `n` documents of 1–8 KB. */
export function generateDocuments(n = 10_000, seed = 42): ClassifyInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: ClassifyInput[] = [];
  for (let i = 0; i < n; i++) {
    const c = pick(COUNTRIES);
    const cap = CAPITALS[c] ?? c;
    const [issuer, nationals] = pick(ISSUERS);
    const kind = i % 4;
    const target = 1000 + Math.floor(r() * 7000);
    const parts: string[] = [];
    let format: ClassifyInput['format'] = 'text';
    if (kind === 0) {
      format = 'html';
      const lv = Math.floor(r() * 4);
      parts.push(`<p>${c} - Level ${4 - lv}: ${['Do Not Travel', 'Reconsider Travel', 'Exercise Increased Caution', 'Exercise Normal Precautions'][lv]}</p>`);
      parts.push('<p><i><b>Reissued after periodic review with minor edits.</b></i></p>');
      parts.push(`<p>${LEVELS[lv]} ${c} due to <b>crime</b> and <b>terrorism</b>. Read the entire Travel Advisory.</p>`);
      if (r() < 0.3) parts.push(`<p>On March 2, the Department of State ordered the departure of non-emergency U.S. government employees from U.S. Embassy ${cap}.</p>`);
      while (parts.join('').length < target) parts.push(`<p>${pick(FILLER)} ${pick(FILLER)}</p>`);
      parts.push(`<ul><li>Review your personal security plans.</li><li>Monitor local media for breaking events.</li></ul>`);
    } else if (kind === 1) {
      parts.push(`Security Alert - U.S. Embassy ${cap}, ${c}`);
      parts.push(`Location: ${cap}, ${c}`);
      parts.push(`Event: ${r() < 0.5 ? `The U.S. Embassy urges U.S. citizens to depart ${c} immediately while commercial flights remain available.` : `Demonstrations are expected near the presidential palace in ${cap} on Friday.`}`);
      while (parts.join('\n').length < target) parts.push(pick(FILLER));
      parts.push('Actions to Take: Avoid demonstrations. Monitor local media. Keep a low profile.');
    } else if (kind === 2) {
      parts.push(`${cap.toUpperCase()}, ${c} (Reuters) - ${issuer} has urged ${nationals} to leave ${c} as soon as possible, citing a deteriorating security situation.`);
      parts.push(`Convoys arriving from neighbouring countries were attacked on the road to ${cap}. Similar warnings were issued by Germany and Italy.`);
      while (parts.join('\n').length < target) parts.push(`${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`);
    } else {
      parts.push(`${cap.toUpperCase()}, ${c} (AP) - The national football team beat its neighbours 2-1 on Sunday.`);
      while (parts.join('\n').length < target) parts.push(`${pick(FILLER.slice(8))} ${pick(FILLER.slice(8))}`);
    }
    docs.push({ text: parts.join(format === 'html' ? '' : '\n'), format });
  }
  return docs;
}

const PLAIN_RE = /\b(?:leave|depart|evacuat\w*|shelter in place|ordered departure|authorized departure|do not travel|reconsider travel|embassy)\b/g;

/** Lower-case and run one regular expression: the baseline a keyword search costs. */
function plainScan(text: string): number {
  const low = text.toLowerCase();
  PLAIN_RE.lastIndex = 0;
  let n = 0;
  while (PLAIN_RE.exec(low) !== null) n++;
  return n;
}

export async function benchClassifier(log: (s: string) => void = console.log): Promise<{ docsPerSec: number; mbPerSec: number; ratio: number }> {
  await gazetteerReady;
  const docs = generateDocuments(10_000);
  const bytes = docs.reduce((a, d) => a + d.text.length, 0);
  // warm up
  for (let i = 0; i < 300; i++) classify(docs[i]!);
  for (let i = 0; i < 300; i++) plainScan(docs[i]!.text);

  let t = performance.now();
  let findings = 0;
  for (const d of docs) findings += classify(d).length;
  const classifySec = (performance.now() - t) / 1000;

  t = performance.now();
  let hits = 0;
  for (let k = 0; k < 3; k++) for (const d of docs) hits += plainScan(d.text);
  const plainSec = (performance.now() - t) / 1000 / 3;

  const docsPerSec = docs.length / classifySec;
  const mbPerSec = bytes / 1e6 / classifySec;
  const ratio = classifySec / plainSec;
  log(`documents: ${docs.length} (${(bytes / 1e6).toFixed(1)} MB, avg ${(bytes / docs.length / 1000).toFixed(1)} KB), findings: ${findings}, plain-scan hits: ${hits / 3}`);
  log(`classifier: ${docsPerSec.toFixed(0)} docs/s, ${mbPerSec.toFixed(2)} MB/s`);
  log(`plain scan: ${(docs.length / plainSec).toFixed(0)} docs/s, ${(bytes / 1e6 / plainSec).toFixed(2)} MB/s`);
  log(`ratio (classifier time / plain-scan time): ${ratio.toFixed(1)}x`);
  return { docsPerSec, mbPerSec, ratio };
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
  } catch {
    return false;
  }
})();
if (invokedDirectly) await benchClassifier();
