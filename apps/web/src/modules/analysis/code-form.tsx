import { CODE_DESCRIPTION_MAX, CODE_NAME_MAX, MEMO_MAX } from '@brug/domain/analysis/schemas';
import { Alert, Button, ColorInput, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translatedFields } from '../../api/form-errors.ts';
import { type TreeCode, useErrorText } from './shared.tsx';

const SWATCHES = ['#e8590c', '#1c7ed6', '#7048e8', '#2f9e44', '#c2255c', '#f08c00', '#0c8599', '#495057'];

/** Runs one change at a time and keeps its error, with field reasons in the person's language. */
export function useRun(onDone: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { t: tShell } = useTranslation();
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await onDone();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  // The server names the field in English; the person reads the reason in their language.
  const fields = translatedFields(error, tShell);
  return { error, fields, busy, run };
}
export type Run = ReturnType<typeof useRun>;

/** An error that belongs to no field, shown once under the form (field errors show on their field). */
export function FormError({ state }: { state: Run }) {
  const errorText = useErrorText();
  if (!state.error || Object.keys(state.fields).length > 0) return null;
  return (
    <Alert color="red" mt="xs" role="alert">
      {errorText(state.error)}
    </Alert>
  );
}

/** A choice among the codebook's codes (by path), with one first option for "none". */
export function CodeSelect({
  codes,
  exclude,
  none,
  value,
  onChange,
  label,
  description,
  error,
}: {
  codes: TreeCode[];
  exclude: ReadonlySet<string>;
  none: string;
  value: string;
  onChange: (v: string) => void;
  label: string;
  description?: string;
  error?: string;
}) {
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: none },
        ...codes.filter((c) => !exclude.has(c.id)).map((c) => ({ value: c.id, label: c.path })),
      ]}
    />
  );
}

export type CodeValues = {
  name: string;
  colour: string;
  parentId: string;
  description?: string;
  memo?: string;
};

/**
 * The fields of a code, for a new one and for editing: name, colour and place in the tree, and for
 * an existing code its description and memo too. Submitting sends the values as they stand.
 */
export function CodeForm({
  initial,
  codes,
  exclude,
  parentLabel,
  submitLabel,
  state,
  onSubmit,
  compact,
  clearName,
}: {
  initial: CodeValues;
  codes: TreeCode[];
  exclude: ReadonlySet<string>;
  parentLabel: string;
  submitLabel: string;
  state: Run;
  onSubmit: (values: CodeValues) => Promise<boolean>;
  compact?: boolean;
  /** A form for a new code starts over with an empty name once the code is made. */
  clearName?: boolean;
}) {
  const { t } = useTranslation('analysis');
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<CodeValues>) => setValues((v) => ({ ...v, ...patch }));
  const { fields } = state;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if ((await onSubmit(values)) && clearName) set({ name: '' });
  }
  const details = initial.description !== undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={compact ? 'xs' : 'sm'} mt={compact ? 'sm' : 0}>
        <TextInput
          label={t('codebook.name')}
          required
          maxLength={CODE_NAME_MAX}
          value={values.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={fields.name}
        />
        {details ? (
          <Textarea
            label={t('codebook.description')}
            autosize
            maxLength={CODE_DESCRIPTION_MAX}
            value={values.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={fields.description}
          />
        ) : null}
        <ColorInput
          withEyeDropper={false}
          label={t('codebook.colour')}
          format="hex"
          swatches={SWATCHES}
          value={values.colour}
          onChange={(colour) => set({ colour })}
          error={fields.colour}
        />
        <CodeSelect
          codes={codes}
          exclude={exclude}
          none={t('codebook.topLevel')}
          value={values.parentId}
          onChange={(parentId) => set({ parentId })}
          label={parentLabel}
          error={fields.parentId}
        />
        {details ? (
          <Textarea
            label={t('codebook.memo')}
            autosize
            maxLength={MEMO_MAX}
            value={values.memo}
            onChange={(e) => set({ memo: e.currentTarget.value })}
            error={fields.memo}
          />
        ) : null}
        <FormError state={state} />
        <Group>
          <Button type="submit" size={compact ? 'xs' : 'sm'} loading={state.busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A small panel under a code for one action: what it will do, its error and the button that does it. */
export function ActionPanel({
  state,
  children,
  label,
  color,
  disabled,
  onAction,
}: {
  state: Run;
  children?: ReactNode;
  label: string;
  color: string;
  disabled?: boolean;
  onAction: () => Promise<unknown>;
}) {
  return (
    <Stack gap="xs" mt="sm">
      {children}
      <FormError state={state} />
      <Group>
        <Button
          size="xs"
          color={color}
          loading={state.busy}
          disabled={disabled}
          onClick={() => state.run(onAction)}
        >
          {label}
        </Button>
      </Group>
    </Stack>
  );
}
