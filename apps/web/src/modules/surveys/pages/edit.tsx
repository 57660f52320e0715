import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { SurveyView } from '../api.ts';
import { SurveyForm } from './builder.tsx';

/** Edits a saved survey in the builder: texts and dates always, the questions until someone answers. */
export default function SurveyEditPage() {
  const { id = '' } = useParams();
  const survey = useQuery({
    queryKey: ['survey', id],
    queryFn: () => api.get<SurveyView>(`/api/surveys/${id}`),
  });
  if (survey.isPending) return <LoadingState />;
  if (survey.isError) return <ErrorState error={survey.error} />;
  return <SurveyForm key={survey.data.id} survey={survey.data} />;
}
