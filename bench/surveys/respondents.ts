/**
 * The respondents of `surveys.ts`, in a process of their own so that they do not share the
 * server's event loop (as phones would not): on each message `{ round }` from the parent, 200
 * answer at once over loopback HTTP; the timings go back to the parent.
 */
import { randomBytes } from 'node:crypto';
import { ANTWERP_DISTRICTS } from '@brug/domain';

const [base, publicId] = process.argv.slice(2);

async function round() {
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const started = performance.now();
      const res = await fetch(`${base}/api/public/surveys/${publicId}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          language: ['nl', 'fr', 'ar'][i % 3],
          phase: i % 2 ? 'after' : 'before',
          district: ANTWERP_DISTRICTS[i % 9],
          deviceToken: randomBytes(16).toString('base64url'),
          answers: { trust: i % 11, respect: 1 + (i % 5) },
        }),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    }),
  );
  return { answers, wall: performance.now() - t0 };
}

process.on('message', async (m: { round?: number; done?: boolean }) => {
  if (m.done) process.exit(0);
  process.send!(await round());
});
process.send!({ ready: true });
