// File-format throughput (BENCHMARKS.md "File formats").
// Run: npx vitest bench --run test/bench/formats.bench.ts
// Sizes: PED files of 10,000 and 100,000 lines (the latter also with 45 marker-genotype
// column pairs, ≈20 MB), and a 10,000- and 100,000-person single family.
import { bench, describe } from 'vitest';
import { importPedigreeFile } from '../../src/engine/formats/importFile.ts';
import { parseDocument, serializeDocument } from '../../src/engine/formats/native/native.ts';
import { exportPed } from '../../src/engine/formats/ped/exportPed.ts';
import type { PedigreeDocument } from '../../src/engine/document/types.ts';
import { deepPed, largePed } from './pedFixtures.ts';

const ped10k = largePed({ families: 1000, kids: 2, markers: 0 });
const ped100k = largePed({ families: 10000, kids: 2, markers: 0 });
const ped20mb = largePed({ families: 10000, kids: 2, markers: 45 });
const deep10k = deepPed(5000);
const deep100k = deepPed(50000);

function imported(text: string): PedigreeDocument {
  const r = importPedigreeFile(text, 'bench.ped');
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.document;
}
const doc10k = imported(deep10k);
const doc100k = imported(deep100k);
const json10k = serializeDocument(doc10k);
const json100k = serializeDocument(doc100k);
const few = { iterations: 3, time: 0, warmupIterations: 1 };

describe('PED import (parse, build, validate every family)', () => {
  bench(`10,000 lines, 1,000 families (${(ped10k.length / 1e6).toFixed(1)} MB)`, () => void importPedigreeFile(ped10k, 'a.ped'), few);
  bench(`100,000 lines, 10,000 families (${(ped100k.length / 1e6).toFixed(1)} MB)`, () => void importPedigreeFile(ped100k, 'a.ped'), few);
  bench(`100,000 lines with markers (${(ped20mb.length / 1e6).toFixed(1)} MB)`, () => void importPedigreeFile(ped20mb, 'a.ped'), few);
  bench('one family of 10,000 people', () => void importPedigreeFile(deep10k, 'a.ped'), few);
  bench('one family of 100,000 people', () => void importPedigreeFile(deep100k, 'a.ped'), few);
});

describe('export and native JSON', () => {
  bench('PED export, 10,000 people', () => void exportPed(doc10k), few);
  bench('PED export, 100,000 people', () => void exportPed(doc100k), few);
  bench('native serialize, 10,000 people', () => void serializeDocument(doc10k), few);
  bench(`native parse + validate, 10,000 people (${(json10k.length / 1e6).toFixed(1)} MB)`, () => void parseDocument(json10k), few);
  bench(`native parse + validate, 100,000 people (${(json100k.length / 1e6).toFixed(1)} MB)`, () => void parseDocument(json100k), few);
});
