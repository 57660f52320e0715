import type { BureauView, VaultStatusView } from '@brug/domain';
import { VAULT_IDLE_MINUTES } from '@brug/domain';

type BureauWithMembers = {
  bureau: { id: string; name: string; createdAt: Date };
  members: { userId: string; displayName: string; keyUser: string | null }[];
  vaultCreated: boolean;
};

/** Bureau and members: names and whether each holds a key; never a wrapped key or a salt. */
export function presentBureau(b: BureauWithMembers): BureauView {
  return {
    id: b.bureau.id,
    name: b.bureau.name,
    createdAt: b.bureau.createdAt.toISOString(),
    members: b.members.map((m) => ({
      userId: m.userId,
      displayName: m.displayName,
      holdsKey: m.keyUser !== null,
    })),
    vaultCreated: b.vaultCreated,
  };
}

export function presentStatus(s: Omit<VaultStatusView, 'idleMinutes'>): VaultStatusView {
  return { ...s, idleMinutes: VAULT_IDLE_MINUTES };
}
