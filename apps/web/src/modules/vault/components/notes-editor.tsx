import { Button, Group, Text } from '@mantine/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { getVaultSession } from '../vault-session.ts';
import './notes-editor.css';
import { formatMoment } from '../../../components/format.ts';

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'locked' | 'failed';

/** Autosave waits this long after the last keystroke. */
const AUTOSAVE_MS = 1000;
/**
 * Browsers carry at most 64 KiB of `keepalive` request bodies past the page's end; larger notes cannot
 * be saved while the tab closes, so the browser's "leave the page?" prompt is shown instead.
 */
const KEEPALIVE_MAX_BYTES = 60_000;

type Props = {
  interviewId: string;
  initialHtml: string;
  initialVersion: number;
  labelId: string;
  /** Seals the notes with the interview's sub-key (`interview:<id>:notes`), in this browser. */
  sealNotes: (html: string) => Promise<string>;
};

/**
 * The interview notes: a rich-text editor (Tiptap) with headings and lists, saved automatically a
 * moment after typing stops. Saves run one after the other with the version they build on, so a
 * second browser tab gets a conflict instead of silently overwriting. Leaving the page saves what is
 * pending. Closing the tab (or reloading, or a phone discarding it) sends the pending text to the same
 * autosave endpoint with `fetch(…, { keepalive: true })`, which outlives the page and — unlike
 * `navigator.sendBeacon` — can carry the `X-CSRF-Token` header the server requires. Only when that is
 * not possible (a save still under way, a known conflict or locked vault, notes over 60 KB) does the
 * browser ask before leaving. Nothing is put in the browser's storage, and the text leaves the browser
 * only sealed with the interview's sub-key (DESIGN.md §4). Sealing is asynchronous and a closing tab
 * cannot wait, so the latest text is kept sealed (`presealed`) as it is typed; the background save
 * sends that copy when it is up to date.
 */
export function NotesEditor({ interviewId, initialHtml, initialVersion, labelId, sealNotes }: Props) {
  const { t, i18n } = useTranslation('vault');
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const inFlight = useRef(false);
  const stateRef = useRef<SaveState>('idle');
  stateRef.current = state;
  const csrf = useRef<string | undefined>(undefined);
  csrf.current = useCurrentUser().csrfToken;
  const presealed = useRef<{ html: string; sealed: string } | null>(null);
  const sealRef = useRef(sealNotes);
  sealRef.current = sealNotes;

  /** Keeps a sealed copy of the latest text for a save while the tab closes. */
  async function preseal(html: string) {
    try {
      const sealed = await sealRef.current(html);
      if (editorRef.current?.getHTML() === html) presealed.current = { html, sealed };
    } catch {
      presealed.current = null;
    }
  }

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
    onUpdate: ({ editor: e }) => {
      dirty.current = true;
      void preseal(e.getHTML());
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
      // The vault locked (idle, sign-out): nothing is sealed or sent any more.
      if (!getVaultSession()) {
        setState('locked');
        return;
      }
      dirty.current = false;
      setState('saving');
      inFlight.current = true;
      try {
        const sealedNotes = await sealRef.current(current.getHTML());
        const saved = await api.put<{ notesVersion: number }>(`/api/interviews/${interviewId}/notes`, {
          sealedNotes,
          baseVersion: version.current,
        });
        version.current = saved.notesVersion;
        setSavedAt(new Date());
        setState(dirty.current ? 'dirty' : 'saved');
      } catch (err) {
        dirty.current = true;
        setState(err instanceof ApiError && err.status === 409 ? 'conflict' : 'failed');
      } finally {
        inFlight.current = false;
      }
    });
    return chain.current;
  }

  /** Sends the pending text with a request that outlives the page; false when that cannot be done. */
  function saveInBackground(): boolean {
    const current = editorRef.current;
    const known = stateRef.current === 'conflict' || stateRef.current === 'locked';
    if (!current || !csrf.current || inFlight.current || known) return false;
    const ready = presealed.current;
    if (!ready || ready.html !== current.getHTML()) return false;
    const body = JSON.stringify({ sealedNotes: ready.sealed, baseVersion: version.current });
    if (new TextEncoder().encode(body).length > KEEPALIVE_MAX_BYTES) return false;
    clearTimeout(timer.current);
    void fetch(`/api/interviews/${interviewId}/notes`, {
      method: 'PUT',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.current },
      body,
    })
      // Should the page stay after all (another handler kept it), later saves build on this version.
      .then(async (res) => {
        if (!res.ok) {
          dirty.current = true;
          setState(res.status === 409 ? 'conflict' : 'failed');
          return;
        }
        version.current = ((await res.json()) as { notesVersion: number }).notesVersion;
        setSavedAt(new Date());
        setState(dirty.current ? 'dirty' : 'saved');
      })
      .catch(() => undefined);
    dirty.current = false;
    return true;
  }
  const backgroundRef = useRef(saveInBackground);
  backgroundRef.current = saveInBackground;

  // Leaving the page (another menu item, another interview) saves what is still pending; closing the
  // tab saves it in the background, and asks only when that is not possible.
  saveRef.current = save;
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current && !backgroundRef.current()) e.preventDefault();
    };
    // Phones may end a page without `beforeunload`; `pagehide` is the last moment to send.
    const pageHide = () => {
      if (dirty.current) backgroundRef.current();
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
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
    saved: savedAt
      ? t('editor.savedAt', { time: formatMoment(savedAt, i18n.language, { timeStyle: 'short' }) })
      : '',
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
