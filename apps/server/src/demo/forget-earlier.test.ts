import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetEarlierDemo } from '../demo.ts';

/** What an earlier demo leaves beside its data folder: the audit anchor and the mail key. */
function earlierDemo(withFolder: boolean) {
  const root = mkdtempSync(path.join(tmpdir(), 'brug-demo-'));
  const dataDir = path.join(root, 'data-demo');
  mkdirSync(`${dataDir}.audit`);
  writeFileSync(path.join(`${dataDir}.audit`, 'checkpoints.jsonl'), '{"seq":537}\n');
  writeFileSync(`${dataDir}.mail.key`, 'key');
  if (withFolder) mkdirSync(dataDir);
  return { root, dataDir };
}

describe('[DEMO] starting over after deleting the demo folder', () => {
  it('removes the anchor and mail key an earlier demo left, so the new journal is not reported as cut short', () => {
    const { dataDir } = earlierDemo(false);
    expect(forgetEarlierDemo({ dataDir })).toEqual([`${dataDir}.audit`, `${dataDir}.mail.key`]);
    expect(existsSync(`${dataDir}.audit`)).toBe(false);
    expect(existsSync(`${dataDir}.mail.key`)).toBe(false);
  });

  it('leaves them alone while the demo folder is there, and never touches an AUDIT_DIR', () => {
    const kept = earlierDemo(true);
    expect(forgetEarlierDemo({ dataDir: kept.dataDir })).toEqual([]);
    expect(existsSync(`${kept.dataDir}.audit`)).toBe(true);

    const own = earlierDemo(false);
    const auditDir = path.join(own.root, 'anchor');
    mkdirSync(auditDir);
    expect(forgetEarlierDemo({ dataDir: own.dataDir, auditDir })).toEqual([`${own.dataDir}.mail.key`]);
    expect(existsSync(auditDir)).toBe(true);
    expect(existsSync(`${own.dataDir}.audit`)).toBe(true);
  });
});
