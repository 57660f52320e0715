import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { loadMailKey, mailKeyFile, openMail, sealMail } from './mail-key.ts';

const root = mkdtempSync(path.join(tmpdir(), 'brug-mail-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('[MAIL] the mail key lives outside the database and outside the data folder', () => {
  it('is created once beside the data folder, readable by its owner only, and reused', () => {
    const dataDir = path.join(root, 'data');
    rmSync(dataDir, { recursive: true, force: true });
    expect(loadMailKey({ dataDir }).source).toBe('memory'); // no data folder: nothing written
    mkdirSync(dataDir);
    const first = loadMailKey({ dataDir });
    expect(first.source).toBe(mailKeyFile(dataDir));
    expect(path.dirname(first.source)).toBe(root);
    expect(statSync(first.source).mode & 0o777).toBe(0o600);
    expect(loadMailKey({ dataDir }).key.equals(first.key)).toBe(true);
    expect(readFileSync(first.source, 'utf8')).not.toContain(dataDir);
  });

  it('takes MAIL_KEY when given, and refuses a malformed one naming the variable', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadMailKey({ dataDir: root, mailKey: key }).key).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ MAIL_KEY: 'too short' })).toThrow(/MAIL_KEY/);
  });

  it('opens only with the same key and the same message', () => {
    const key = Buffer.alloc(32, 1);
    const sealed = sealMail(key, 'm1', 'token=abc');
    expect(sealed).not.toContain('abc');
    expect(openMail(key, 'm1', sealed)).toBe('token=abc');
    expect(openMail(Buffer.alloc(32, 2), 'm1', sealed)).toBeUndefined();
    expect(openMail(key, 'm2', sealed)).toBeUndefined();
  });

  it('does not open a message whose tag was cut short: GCM would check only the bytes left', () => {
    const key = Buffer.alloc(32, 1);
    const [v, iv, tag, body] = sealMail(key, 'm1', 'token=abc').split('.');
    const short = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(openMail(key, 'm1', [v, iv, short, body].join('.'))).toBeUndefined();
  });
});
