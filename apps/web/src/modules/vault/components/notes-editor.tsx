import { Button, Group, Text } from '@mantine/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import './notes-editor.css';

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'locked' | 'failed';

/** Autosave waits this long after the last keystroke. */
const AUTOSAVE_MS = 1000;

type Props = {
  interviewId: string;
  initialHtml: string;
  initialVersion: number;
  labelId: string;
};

/**
 * The interview notes: a rich-text editor (Tiptap) with headings and lists, saved automatically a
 * moment after typing stops. Saves run one after the other with the version they build on, so a
 * second browser tab gets a conflict instead of silently overwriting. Leaving the page saves what is
 * pending; closing the tab with unsaved text asks first.
 */
export function NotesEditor({ interviewId, initialHtml, initialVersion, labelId }: Props) {
  const { t } = useTranslation('vault');
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false } })],
    content: initialHtml,
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        class: 'notes-editor-input',
      },
    },
    onUpdate: () => {
      dirty.current = true;
      setState('dirty');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    },
  });
  const editorRef = useRef(editor);
  editorRef.current = editor;

  function save(): Promise<void> {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const current = editorRef.current;
      if (!dirty.current || !current) return;
      dirty.current = false;
      setState('saving');
      try {
        const saved = await api.put<{ notesVersion: number }>(`/api/interviews/${interviewId}/notes`, {
          html: current.getHTML(),
          baseVersion: version.current,
        });
        version.current = saved.notesVersion;
        setSavedAt(new Date());
        setState(dirty.current ? 'dirty' : 'saved');
      } catch (err) {
        dirty.current = true;
        const locked = err instanceof ApiError && err.message.toLowerCase().includes('unlock');
        setState(err instanceof ApiError && err.status === 409 ? (locked ? 'locked' : 'conflict') : 'failed');
      }
    });
    return chain.current;
  }

  // Leaving the page (another menu item, another interview) saves what is still pending.
  saveRef.current = save;
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirty.current) void saveRef.current();
    };
  }, []);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
    }),
  });

  if (!editor) return null;
  const tools = [
    {
      key: 'h2',
      label: t('editor.h2'),

      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: t('editor.h3'),

      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    { key: 'bold', label: t('editor.bold'), run: () => editor.chain().focus().toggleBold().run() },
    {
      key: 'italic',
      label: t('editor.italic'),

      run: () => editor.chain().focus().toggleItalic().run(),
    },
    {
      key: 'bullet',
      label: t('editor.bullet'),

      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      label: t('editor.ordered'),

      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
  ] as const;
  const message = {
    idle: '',
    dirty: t('editor.unsaved'),
    saving: t('interviews.saving'),
    saved: savedAt ? t('editor.savedAt', { time: savedAt.toLocaleTimeString() }) : '',
    conflict: t('interviews.conflict'),
    locked: t('interviews.locked'),
    failed: t('editor.failed'),
  }[state];
  return (
    <div>
      <div className="notes-editor">
        <div className="notes-editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
          {tools.map((tool) => (
            <Button
              key={tool.key}
              variant={active?.[tool.key] ? 'filled' : 'default'}
              size="compact-sm"
              aria-pressed={active?.[tool.key] ?? false}
              onClick={tool.run}
            >
              {tool.label}
            </Button>
          ))}
        </div>
        <EditorContent editor={editor} className="notes-editor-content" />
      </div>
      <Group justify="space-between" mt={4}>
        <Text
          size="sm"
          role="status"
          aria-live="polite"
          c={state === 'conflict' || state === 'failed' ? 'red.8' : undefined}
        >
          {message}
        </Text>
        <Text size="xs" c="dimmed">
          {t('editor.shortcuts')}
        </Text>
      </Group>
    </div>
  );
}
