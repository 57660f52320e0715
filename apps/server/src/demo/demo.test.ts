import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers.ts';
import { fillDemo } from '../demo.ts';
import { testDerive } from '../modules/vault/test-support.ts';

let t: TestApp;
let summary: string[] | null;

beforeAll(async () => {
  t = await buildTestApp();
  const started = performance.now();
  summary = await fillDemo(t.ctx, { derive: testDerive });
  console.log(`demo filled in ${Math.round(performance.now() - started)} ms`, summary);
}, 300_000);
afterAll(async () => t?.close(), 120_000);

describe('[DEMO] npm run demo fills a programme in full swing', () => {
  it('prints a summary', () => {
    expect(summary?.length).toBeGreaterThan(0);
  });
});
