import { Anchor, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

type Node = { id: string; name: string; status: string | null };
type Network = { nodes: Node[]; links: { from: string; to: string }[] };
type Row = { key: string; from: Node; to: Node };

/** Status colours, each with at least 4.5:1 contrast against white (WCAG AA). */
const COLOURS: Record<string, string> = {
  longlist: '#495057',
  contacted: '#0b4f8a',
  invited: '#6a3d9a',
  in_dialogue: '#8a4b00',
  partner: '#1b5e20',
  paused: '#5c5f66',
  ended: '#a51d2d',
};
const NONE = '#343a40';
const SIZE = 720;
const RADIUS = 190;
/** Labels run sideways: the drawing needs less height than width. */
const HEIGHT = 2 * RADIUS + 60;

/**
 * Orders the organisations so that those linked by referrals sit next to each other on the circle
 * (walking each group of linked organisations in turn): fewer crossing lines.
 */
function circleOrder(network: Network): Node[] {
  const next = new Map<string, string[]>();
  for (const l of network.links) {
    next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
    next.set(l.to, [...(next.get(l.to) ?? []), l.from]);
  }
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const order: Node[] = [];
  for (const start of network.nodes) {
    if (seen.has(start.id)) continue;
    const queue = [start.id];
    seen.add(start.id);
    while (queue.length) {
      const id = queue.shift()!;
      const node = byId.get(id);
      if (node) order.push(node);
      for (const n of next.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    }
  }
  return order;
}

const shorten = (s: string, max = 20) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Organisations and who recommended whom: a drawing, and the same links as a table. */
export default function NetworkPage() {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const choice = useProgrammeChoice();
  const [focused, setFocused] = useState<string | null>(null);
  const network = useQuery({
    queryKey: ['partners', 'network', choice.programmeId],
    queryFn: () => api.get<Network>('/api/partners/network', { query: { programmeId: choice.programmeId } }),
    enabled: choice.isSuccess,
  });
  if (network.isPending) return <LoadingState />;
  if (network.isError) return <ErrorState error={network.error} onRetry={() => network.refetch()} />;
  const nodes = circleOrder(network.data);
  const at = new Map(
    nodes.map((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
      return [
        n.id,
        { x: SIZE / 2 + RADIUS * Math.cos(angle), y: HEIGHT / 2 + RADIUS * Math.sin(angle), angle },
      ];
    }),
  );
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rows: Row[] = network.data.links
    .map((l, i) => ({ key: `${l.from}-${l.to}-${i}`, from: byId.get(l.from)!, to: byId.get(l.to)! }))
    .filter((r) => r.from && r.to);
  const statusLabel = (s: string | null) => (s ? t(`status.${s}`) : t('status.none'));
  const columns: Column<Row>[] = [
    {
      key: 'from',
      header: t('network.from'),
      render: (r) => (
        <Anchor component={Link} to={`/partners/${r.from.id}`}>
          {r.from.name}
        </Anchor>
      ),
    },
    {
      key: 'to',
      header: t('network.to'),
      render: (r) => (
        <Anchor component={Link} to={`/partners/${r.to.id}`}>
          {r.to.name}
        </Anchor>
      ),
    },
    { key: 'status', header: t('network.toStatus'), render: (r) => statusLabel(r.to.status) },
  ];
  return (
    <>
      <PageTitle>{t('network.title')}</PageTitle>
      <ProgrammePicker choice={choice} />
      <Text mb="sm">{t('network.intro')}</Text>
      {nodes.length === 0 ? (
        <Text role="status">{t('network.empty')}</Text>
      ) : (
        <>
          <figure style={{ margin: 0 }}>
            <figcaption>
              <Text size="sm">
                {t('network.summary', { organisations: nodes.length, referrals: rows.length })}
              </Text>
            </figcaption>
            <svg viewBox={`0 0 ${SIZE} ${HEIGHT}`} width="100%" style={{ maxWidth: SIZE, display: 'block' }}>
              <title>{t('network.summary', { organisations: nodes.length, referrals: rows.length })}</title>
              <defs>
                <marker
                  id="network-arrow"
                  viewBox="0 0 10 10"
                  refX="10"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M 0 0 L 10 5 L 0 10 z" fill="#343a40" />
                </marker>
              </defs>
              <g>
                {rows.map((r) => {
                  const a = at.get(r.from.id)!;
                  const b = at.get(r.to.id)!;
                  const dx = b.x - a.x;
                  const dy = b.y - a.y;
                  const len = Math.hypot(dx, dy) || 1;
                  const pad = 11;
                  return (
                    <line
                      key={r.key}
                      x1={a.x + (dx / len) * pad}
                      y1={a.y + (dy / len) * pad}
                      x2={b.x - (dx / len) * pad}
                      y2={b.y - (dy / len) * pad}
                      stroke="#343a40"
                      strokeWidth={1.5}
                      markerEnd="url(#network-arrow)"
                    />
                  );
                })}
              </g>
              {nodes.map((n) => {
                const p = at.get(n.id)!;
                const right = Math.cos(p.angle) >= 0;
                const lx = p.x + Math.cos(p.angle) * 16;
                const ly = p.y + Math.sin(p.angle) * 16;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it is a link to the organisation
                  <g
                    key={n.id}
                    role="link"
                    tabIndex={0}
                    aria-label={`${n.name}, ${statusLabel(n.status)}`}
                    className="network-node"
                    style={{ cursor: 'pointer' }}
                    onFocus={() => setFocused(n.id)}
                    onBlur={() => setFocused(null)}
                    onClick={() => navigate(`/partners/${n.id}`)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        navigate(`/partners/${n.id}`);
                      }
                    }}
                  >
                    {focused === n.id && (
                      <circle cx={p.x} cy={p.y} r={14} fill="none" stroke="#0b4f8a" strokeWidth={3} />
                    )}
                    <circle cx={p.x} cy={p.y} r={9} fill={n.status ? (COLOURS[n.status] ?? NONE) : NONE} />
                    <text
                      x={lx}
                      y={ly}
                      fontSize={13}
                      fill="#212529"
                      textAnchor={right ? 'start' : 'end'}
                      dominantBaseline="middle"
                    >
                      {shorten(n.name)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
          <Group gap="md" mt="xs" mb="md" aria-hidden="true">
            {[...Object.keys(COLOURS), 'none'].map((s) => (
              <Group key={s} gap={4}>
                <svg width="12" height="12" aria-hidden="true">
                  <circle cx="6" cy="6" r="6" fill={COLOURS[s] ?? NONE} />
                </svg>
                <Text size="sm">{statusLabel(s === 'none' ? null : s)}</Text>
              </Group>
            ))}
          </Group>
          <DataTable caption={t('network.caption')} columns={columns} rows={rows} rowKey={(r) => r.key} />
        </>
      )}
    </>
  );
}
