import { List, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeView } from '../api.ts';

/** What the initiative is about, for everyone who may read it. Empty fields are left out. */
export function InitiativeDetails({ initiative: i }: { initiative: InitiativeView }) {
  const { t, i18n } = useTranslation('initiatives');
  const rows: [string, React.ReactNode][] = [];
  if (i.goals.length)
    rows.push([
      t('field.goals'),
      <List size="sm" key="goals">
        {i.goals.map((g) => (
          <List.Item key={g}>{g}</List.Item>
        ))}
      </List>,
    ]);
  if (i.targetGroups.length) rows.push([t('detail.targetGroups'), i.targetGroups.join(', ')]);
  if (i.districts.length) rows.push([t('detail.districts'), i.districts.join(', ')]);
  if (i.budget !== null)
    rows.push([
      t('field.budget'),
      i.budget.toLocaleString(i18n.language, { style: 'currency', currency: 'EUR' }),
    ]);
  if (i.materials) rows.push([t('field.materials'), i.materials]);
  if (rows.length === 0) return null;
  return (
    <Table variant="vertical" withTableBorder mb="md" layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="35%">{label}</Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
