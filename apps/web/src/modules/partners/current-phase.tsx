import { Alert, Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';

type Current = { id: string; name: string; currentPhase: string | null; nextPhase: string | null };

/** For the home page: where each running programme stands and what comes next. */
export function CurrentPhase() {
  const { t } = useTranslation('partners');
  const current = useQuery({
    queryKey: ['programmes', 'current'],
    queryFn: () => api.get<Current[]>('/api/programmes/current'),
  });
  if (!current.data?.length) return null;
  return (
    <>
      {current.data.map((p) => (
        <Alert key={p.id} color="#0b4f8a" variant="outline" mb="md" title={p.name}>
          <Text>
            {t('programmes.current', {
              phase: p.currentPhase ? t(`phase.${p.currentPhase}`) : t('programmes.noPhase'),
            })}
          </Text>
          {p.nextPhase && <Text>{t('programmes.next', { phase: t(`phase.${p.nextPhase}`) })}</Text>}
          <Anchor component={Link} to="/programmes">
            {t('nav.programmes')}
          </Anchor>
        </Alert>
      ))}
    </>
  );
}
