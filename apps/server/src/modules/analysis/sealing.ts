import type { schema } from '@brug/db';
import { decryptForBureau, encryptForBureau, type UnlockedVault } from '../vault/access.ts';

type CodeRow = typeof schema.codes.$inferSelect;

export type OpenCode = {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  memo: string | null;
  colour: string;
  position: number;
};

export const codeContext = (id: string, field: 'name' | 'description' | 'memo') => `code:${id}:${field}`;

export function sealCodeField(
  vault: UnlockedVault,
  id: string,
  field: 'name' | 'description' | 'memo',
  text: string,
) {
  return encryptForBureau(vault, text, codeContext(id, field));
}

export function openCode(vault: UnlockedVault, row: CodeRow): OpenCode {
  return {
    id: row.id,
    parentId: row.parentId,
    name: decryptForBureau(vault, row.sealedName, codeContext(row.id, 'name')),
    description: decryptForBureau(vault, row.sealedDescription, codeContext(row.id, 'description')),
    memo: row.sealedMemo ? decryptForBureau(vault, row.sealedMemo, codeContext(row.id, 'memo')) : null,
    colour: row.colour,
    position: row.position,
  };
}

/** A coded passage: where it is in the notes' plain text, and the words themselves. */
export type Excerpt = { start: number; end: number; text: string };

export const codingContext = (id: string, field: 'excerpt' | 'memo') => `coding:${id}:${field}`;
