import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type ProgrammeView, useProgrammes } from './api.ts';

const STORAGE_KEY = 'brug.partners.programme';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export type ProgrammeChoice = {
  programmes: ProgrammeView[];
  /** The chosen programme: from the address (`?programme=`), else the last one chosen, else the first. */
  programmeId: string | undefined;
  choose: (id: string) => void;
  isPending: boolean;
  isSuccess: boolean;
};

/** Which programme the registry pages show statuses, waves and coverage for. */
export function useProgrammeChoice(): ProgrammeChoice {
  const programmes = useProgrammes();
  const [params, setParams] = useSearchParams();
  const list = programmes.data ?? [];
  const wanted = params.get('programme') ?? stored();
  const current = list.find((p) => p.id === wanted) ?? list[0];
  return {
    programmes: list,
    programmeId: current?.id,
    isPending: programmes.isPending,
    isSuccess: programmes.isSuccess,
    choose(id) {
      try {
        localStorage.setItem(STORAGE_KEY, id);
      } catch {
        // Private browsing may refuse storage; the address still carries the choice.
      }
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('programme', id);
          return next;
        },
        { replace: true },
      );
    },
  };
}

/** A select of the zone's programmes; shown only when there is more than one to choose from. */
export function ProgrammePicker({ choice }: { choice: ProgrammeChoice }) {
  const { t } = useTranslation('partners');
  if (choice.programmes.length < 2) return null;
  return (
    <NativeSelect
      label={t('programmePicker.label')}
      value={choice.programmeId ?? ''}
      onChange={(e) => choice.choose(e.currentTarget.value)}
      data={choice.programmes.map((p) => ({ value: p.id, label: p.name }))}
      maw={360}
      mb="sm"
    />
  );
}
