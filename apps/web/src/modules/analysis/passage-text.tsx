import type { CodeView, CodingView } from '@brug/domain/analysis/schemas';
import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';

export type Selection = { start: number; end: number };

const BOX = {
  boxSizing: 'border-box',
  width: '100%',
  margin: 0,
  padding: '12px 14px',
  border: '1px solid transparent',
  font: 'inherit',
  fontSize: 16,
  lineHeight: 1.7,
  letterSpacing: 'normal',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;

/** The text cut at every start and end of a coded passage, each piece with the first code covering it. */
function pieces(text: string, codings: CodingView[], colourOf: (c: CodingView) => string | undefined) {
  const cuts = new Set([0, text.length]);
  for (const c of codings) {
    cuts.add(Math.min(c.start, text.length));
    cuts.add(Math.min(c.end, text.length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { from: number; to: number; colour?: string }[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    const cover = codings.find((c) => c.start <= from && c.end >= to);
    out.push({ from, to, colour: cover ? colourOf(cover) : undefined });
  }
  return out;
}

/**
 * The notes as a text field that takes no input, so that a passage can be selected with the mouse,
 * by touch or with Shift and the arrow keys, and its offsets are exact. Coded passages are coloured by a layer
 * drawn behind the (transparent) field, in the same font and wrapping.
 */
export function PassageText({
  text,
  codings,
  codes,
  label,
  describedBy,
  inputRef,
  onSelect,
  onShortcut,
}: {
  text: string;
  codings: CodingView[];
  codes: CodeView[];
  label: string;
  describedBy: string;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
  onSelect: (s: Selection) => void;
  onShortcut: (n: number) => void;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const colours = new Map(codes.map((c) => [c.id, c.colour]));
  const colourOf = (c: CodingView) => c.codeIds.map((id) => colours.get(id)).find(Boolean);

  useLayoutEffect(() => {
    const area = inputRef.current;
    const box = wrap.current;
    if (!area || !box) return;
    const fit = () => {
      area.style.height = 'auto';
      area.style.height = `${area.scrollHeight + 2}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    // The field takes no input: typing, deleting, pasting and dropping are refused.
    const refuse = (e: Event) => e.preventDefault();
    area.addEventListener('beforeinput', refuse);
    area.addEventListener('drop', refuse);
    return () => {
      observer.disconnect();
      area.removeEventListener('beforeinput', refuse);
      area.removeEventListener('drop', refuse);
    };
  }, [inputRef]);

  function report(area: HTMLTextAreaElement) {
    let { selectionStart: start, selectionEnd: end } = area;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    onSelect({ start, end });
  }

  function keyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return;
    e.preventDefault();
    onShortcut(Number(e.key));
  }

  return (
    <div ref={wrap} style={{ position: 'relative' }}>
      <div
        aria-hidden="true"
        style={{ ...BOX, position: 'absolute', inset: 0, color: 'transparent', overflow: 'hidden' }}
      >
        {pieces(text, codings, colourOf).map((p) =>
          p.colour ? (
            <mark
              key={p.from}
              style={{ background: `${p.colour}40`, color: 'transparent', borderRadius: 2, padding: 0 }}
            >
              {text.slice(p.from, p.to)}
            </mark>
          ) : (
            <span key={p.from}>{text.slice(p.from, p.to)}</span>
          ),
        )}
      </div>
      <textarea
        ref={inputRef}
        // Not readOnly: Chromium then refuses keyboard selection. No soft keyboard on phones either.
        aria-readonly="true"
        inputMode="none"
        spellCheck={false}
        value={text}
        onChange={() => {}}
        aria-label={label}
        aria-describedby={describedBy}
        onSelect={(e) => report(e.currentTarget)}
        onKeyUp={(e) => report(e.currentTarget)}
        onMouseUp={(e) => report(e.currentTarget)}
        onKeyDown={keyDown}
        style={{
          ...BOX,
          position: 'relative',
          display: 'block',
          resize: 'none',
          overflow: 'hidden',
          background: 'transparent',
          color: 'var(--mantine-color-text)',
          border: '1px solid var(--mantine-color-gray-5)',
          borderRadius: 4,
        }}
      />
    </div>
  );
}
