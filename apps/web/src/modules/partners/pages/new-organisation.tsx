import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import type { OrganisationView } from '../api.ts';
import { formValues, OrganisationForm } from '../organisation-form.tsx';

export default function NewOrganisationPage() {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('new.title')}</PageTitle>
      <OrganisationForm
        initial={formValues()}
        submitLabel={t('new.create')}
        onSave={async (input) => {
          const created = await api.post<OrganisationView>('/api/partners/organisations', input);
          navigate(`/partners/${created.id}`);
        }}
      />
    </>
  );
}
