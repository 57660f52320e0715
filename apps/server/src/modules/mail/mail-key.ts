import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `data` → `data.mail.key`: beside the data folder, so that a copy of the folder does not hold it. */
export const mailKeyFile = (dataDir: string) => `${path.resolve(dataDir)}.mail.key`;

/**
 * The key that seals mail waiting to be delivered. It never goes into the database, nor into the
 * data folder (a copy of which is the embedded database's backup): it comes from MAIL_KEY (32 bytes,
 * base64) or from the file beside the data folder (`data.mail.key`), created on first start (0600).
 * Without either (no data folder, e.g. PostgreSQL without MAIL_KEY), the key lives in memory only:
 * mail still waiting at a restart can then no longer be delivered, which fails safe.
 */
export function loadMailKey(options: { mailKey?: string; dataDir: string }): { key: Buffer; source: string } {
  if (options.mailKey) {
    const key = Buffer.from(options.mailKey, 'base64');
    if (key.length !== 32) throw new Error('MAIL_KEY: must be 32 bytes in base64 (openssl rand -base64 32)');
    return { key, source: 'MAIL_KEY' };
  }
  if (existsSync(options.dataDir)) {
    const file = mailKeyFile(options.dataDir);
    if (!existsSync(file)) {
      try {
        writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file}: must hold 32 bytes in base64`);
    return { key, source: file };
  }
  return { key: randomBytes(32), source: 'memory' };
}

/** AES-256-GCM, bound to the message id: `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function sealMail(key: Buffer, messageId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`mail:${messageId}`));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((x) => (typeof x === 'string' ? x : x.toString('base64url')))
    .join('.');
}

/** The plain message, or undefined when it was sealed under another key (an earlier run's memory key). */
export function openMail(key: Buffer, messageId: string, sealed: string): string | undefined {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || body === undefined) return undefined;
  try {
    // Node takes a tag of 4 to 16 bytes unless told its length, and then checks only those bytes.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(`mail:${messageId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
