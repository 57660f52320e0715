import { Card, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './states.tsx';

export type Column<T> = {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
};

export type DataTableProps<T> = {
  /** Names the table for screen readers (also shown as its caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  emptyText?: string;
  /** Paging: shown when total exceeds pageSize. */
  page?: number;
  pageSize?: number;
  total?: number;
  onPageChange?: (page: number) => void;
  /** What the total counts ("300 rows"); default the generic "300 results". */
  totalText?: (count: number) => string;
};

/**
 * A table that stays usable at 360 px: on narrow screens each row becomes a card listing
 * "header: value"; on wider screens a table that scrolls sideways inside a focusable region
 * rather than widening the page.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const pages = props.total && props.pageSize ? Math.ceil(props.total / props.pageSize) : 1;
  const narrow = useMediaQuery('(max-width: 48em)');
  // Another page starts where the list starts: on a phone the pager is far below the first row.
  const top = useRef<HTMLDivElement>(null);
  const changePage = (page: number) => {
    props.onPageChange?.(page);
    top.current?.scrollIntoView({ block: 'start' });
  };
  if (props.rows.length === 0) return <EmptyState title={props.emptyText ?? t('common.empty')} />;
  return (
    <>
      <div ref={top} style={{ scrollMarginTop: 'var(--app-shell-header-offset, 0px)' }} />
      {narrow ? (
        <Stack component="ul" aria-label={props.caption} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {props.rows.map((row) => (
            <Card component="li" key={props.rowKey(row)} withBorder padding="sm">
              <dl className="stacked-row">
                {props.columns.map((c) => (
                  <div key={c.key}>
                    <dt>{c.header}</dt>
                    <dd>{c.render(row)}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </Stack>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-label={props.caption} tabIndex={0}>
          <Table miw={560} striped highlightOnHover verticalSpacing="xs" captionSide="top">
            <Table.Caption className="visually-hidden">{props.caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.key} scope="col">
                    {c.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={props.rowKey(row)}>
                  {props.columns.map((c) => (
                    <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {props.total !== undefined && (
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {props.totalText ? props.totalText(props.total) : t('common.total', { count: props.total })}
          </Text>
          {pages > 1 && props.onPageChange && (
            <Pagination
              total={pages}
              value={props.page ?? 1}
              onChange={changePage}
              getControlProps={(control) => ({
                'aria-label': t(`common.pagination.${control}`),
              })}
              getItemProps={(page) => ({ 'aria-label': t('common.pagination.page', { page }) })}
            />
          )}
        </Group>
      )}
    </>
  );
}
