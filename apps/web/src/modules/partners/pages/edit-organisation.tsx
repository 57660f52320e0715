import { Anchor } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { OrganisationView } from '../api.ts';
import { formValues, OrganisationForm } from '../organisation-form.tsx';

/** The coordinator edits every field of an organisation; a refused field is named on its input. */
export default function EditOrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const detail = useQuery({
    queryKey: ['partners', 'organisation', id],
    queryFn: () => api.get<{ organisation: OrganisationView }>(`/api/partners/organisations/${id}`),
  });
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const o = detail.data.organisation;
  return (
    <>
      <PageTitle>{t('edit.title', { name: o.name })}</PageTitle>
      <Anchor component={Link} to={`/partners/${id}`} mb="sm" display="inline-block">
        {t('edit.back')}
      </Anchor>
      <OrganisationForm
        key={o.updatedAt}
        initial={formValues(o)}
        submitLabel={t('detail.save')}
        onSave={async (input) => {
          await api.patch(`/api/partners/organisations/${id}`, input);
          await qc.invalidateQueries({ queryKey: ['partners'] });
          navigate(`/partners/${id}`);
        }}
      />
    </>
  );
}
