import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's second recommended set: m=19 MiB, t=2, p=1.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check so response times do not reveal which accounts exist.
    await hash(password, OPTIONS);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let common: Promise<Set<string>> | undefined;

/** The common-password list, loaded when a password is first chosen: it would hold 10 MB from the start. */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())),
  );
  return common;
}

/** True for a password in the common-password list, also with digits or symbols tacked on the end. */
export async function isCommonPassword(password: string): Promise<boolean> {
  const COMMON = await commonPasswords();
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  const base = lower.replace(/[\d\W_]+$/u, '');
  if (base.length >= 4 && base.length < lower.length && COMMON.has(base)) return true;
  return new Set(lower).size <= 2;
}

/**
 * Why a new password is refused, as a field message, or undefined when it may be used: common
 * passwords, and passwords made of the account's own e-mail address or its name part (guessed first).
 */
export async function passwordProblem(
  password: string,
  account: { email: string },
): Promise<'too common' | 'like your e-mail address' | undefined> {
  const lower = password.toLowerCase().normalize('NFKC');
  const email = account.email.toLowerCase();
  const local = email.split('@')[0] ?? '';
  const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
  if (
    bare(lower).includes(bare(email)) ||
    (local.length >= 4 && bare(lower).includes(bare(local)) && bare(lower).length - bare(local).length < 8)
  ) {
    return 'like your e-mail address';
  }
  if (await isCommonPassword(password)) return 'too common';
  return undefined;
}
