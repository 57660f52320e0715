import type { CodeView } from '@brug/domain/analysis/schemas';
import { Alert, Anchor, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../api/form-errors.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { VaultGate as OpenTheVault } from '../vault/components/vault-gate.tsx';
import { useVaultSession } from '../vault/vault-session.ts';
import { listCodes, VaultLockedError } from './vault-api.ts';

export const codesKey = ['analysis', 'codes'] as const;

/** Analysis queries run only while the vault is open in this page; they open what they fetch. */
export function useVaultQueryEnabled() {
  return !!useVaultSession();
}

export function useCodes() {
  // Names are opened in the reader's language: another language opens them again.
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...codesKey, i18n.language],
    queryFn: listCodes,
    retry: false,
    enabled: useVaultQueryEnabled(),
  });
}

export type TreeCode = CodeView & { depth: number; path: string };

/** The codebook as a tree in reading order: parents first, children indented under them. */
export function codeTree(codes: CodeView[]): TreeCode[] {
  const children = new Map<string | null, CodeView[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: TreeCode[] = [];
  const walk = (parent: string | null, depth: number, path: string) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.position - b.position);
    for (const c of list) {
      const own = path ? `${path} › ${c.name}` : c.name;
      out.push({ ...c, depth, path: own });
      walk(c.id, depth + 1, own);
    }
  };
  walk(null, 0, '');
  return out;
}

/** The ids of a code and everything under it (a code cannot move under one of these). */
export function branchOf(codes: CodeView[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** API errors in the person's language: their texts live in the shell's namespace, not this module's. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => errorMessage(error, t);
}

export function isLocked(error: unknown) {
  return (
    error instanceof VaultLockedError ||
    (error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT')
  );
}

/** Links between the coding pages. */
export function AnalysisNav() {
  const { t } = useTranslation('analysis');
  const links = [
    { to: '/analysis', label: t('tabs.sources'), end: true },
    { to: '/analysis/codes', label: t('tabs.codebook'), end: false },
    { to: '/analysis/themes', label: t('tabs.themes'), end: false },
  ];
  return (
    <nav aria-label={t('tabs.label')}>
      <Group gap="md" mb="md" wrap="wrap">
        {links.map((l) => (
          <Anchor
            key={l.to}
            component={NavLink}
            to={l.to}
            end={l.end}
            fw={500}
            style={({ isActive }: { isActive: boolean }) => ({
              textDecoration: isActive ? 'underline' : 'none',
            })}
          >
            {l.label}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}

/** Loading, locked vault (with the way to open it) or error; otherwise the page's content. */
export function VaultGate({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  children: () => ReactNode;
}) {
  const { t } = useTranslation('analysis');
  const open = useVaultSession();
  // Locked in this page: the passphrase first; the page's queries start once the vault is open.
  if (!open) return <OpenTheVault>{() => null}</OpenTheVault>;
  if (query.isError && isLocked(query.error)) {
    return (
      <Alert color="yellow" role="status">
        {t('locked')}{' '}
        <Anchor component={Link} to="/vault">
          {t('openVault')}
        </Anchor>
      </Alert>
    );
  }
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <>{children()}</>;
}

/** A small colour square beside a code's name; the name itself carries the meaning. */
export function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 12,
        height: 12,
        borderRadius: 3,
        background: colour,
        flexShrink: 0,
      }}
    />
  );
}
