/**
 * The HTML part of every e-mail, made by the mailer from the same text as the plain part, so that no
 * module writes HTML of its own and both parts always say the same. Accessible: the language and
 * direction of the recipient, a heading, paragraphs and lists, and links that carry text.
 */

const RTL = new Set(['ar', 'fa', 'he', 'ur']);
const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;
/** "Label: https://…" on one line: the label becomes the link's text. */
const LABELLED_LINK = /^([^:\n]{2,80}?)\s?:\s*(https?:\/\/[^\s<>"')\]]+)$/;
const ONLY_LINK = /^https?:\/\/[^\s<>"')\]]+$/;
const BULLET = /^\s*[-•*]\s+/;

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" style="color:#0b57d0;text-decoration:underline">${escapeHtml(text)}</a>`;
}

/** A line of text with its links made into anchors whose text is the address itself. */
function inline(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_PATTERN)) {
    out += escapeHtml(line.slice(last, m.index)) + link(m[0], m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

function block(lines: string[]): string {
  if (lines.every((l) => BULLET.test(l)))
    return `<ul>${lines.map((l) => `<li>${inline(l.replace(BULLET, ''))}</li>`).join('')}</ul>`;
  if (lines.length === 1) {
    const labelled = LABELLED_LINK.exec(lines[0]);
    if (labelled) return `<p>${link(labelled[2], labelled[1].trim())}</p>`;
    if (ONLY_LINK.test(lines[0])) return `<p>${link(lines[0], lines[0])}</p>`;
  }
  return `<p>${lines.map(inline).join('<br>\n')}</p>`;
}

/** The text's language as an HTML `lang`, and whether it is written right to left. */
export function htmlLanguage(language: string | null | undefined): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = language && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language) ? language : 'nl';
  return { lang, dir: RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr' };
}

/** The HTML part of a message: the subject as its title and heading, the text as paragraphs. */
export function mailHtml(subject: string, text: string, language: string | null | undefined): string {
  const { lang, dir } = htmlLanguage(language);
  const body = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map(block)
    .join('\n');
  const align = dir === 'rtl' ? 'right' : 'left';
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-roledescription="e-mail" aria-label="${escapeHtml(subject)}" lang="${lang}" dir="${dir}" style="max-width:40em;text-align:${align}">
<h1 style="font-size:20px;line-height:1.3;margin:0 0 16px">${escapeHtml(subject)}</h1>
${body}
</div>
</body>
</html>
`;
}
