import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An unguessable token for links and cookies (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** One-shot hash: no Hash object per call (every authenticated request hashes its session token). */
export function sha256(value: string): string {
  return hash('sha256', value, 'hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
