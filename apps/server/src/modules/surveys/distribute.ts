import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appendAudit, insertSurveyCodes, type SurveyRow } from '@brug/db';
import type { SurveyDefinition } from '@brug/domain';

import QRCode from 'qrcode';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { hashCode } from './submit-response.ts';

/** No 0/O, 1/I/L: codes are read off paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Single-use codes to hand out at an activity; shown once, stored only hashed. */
export async function generateCodes(
  ctx: AppContext,
  actor: SessionUser,
  survey: SurveyRow,
  phase: string,
  count: number,
): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  const list = [...codes];
  await ctx.database.db.transaction(async (tx) => {
    await insertSurveyCodes(
      tx,
      survey.id,
      phase,
      list.map((c) => hashCode(survey.id, c)),
    );
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.codes.generate',
      targetType: 'survey',
      targetId: survey.id,
      details: { phase, count },
    });
  });
  return list;
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', width: 900, margin: 2, errorCorrectionLevel: 'M' });
}

const POSTER_TEXT = {
  nl: {
    scan: 'Scan de code met uw gsm en geef uw mening.',
    anon: 'Anoniem: we vragen geen naam, e-mail of adres.',
  },
  fr: {
    scan: 'Scannez le code avec votre téléphone et donnez votre avis.',
    anon: 'Anonyme : nous ne demandons ni nom, ni e-mail, ni adresse.',
  },
  en: {
    scan: 'Scan the code with your phone and give your opinion.',
    anon: 'Anonymous: we do not ask for your name, e-mail or address.',
  },
  ar: {
    scan: 'امسح الرمز بهاتفك وأعطِ رأيك.',
    anon: 'دون الكشف عن هويتك: لا نسأل عن اسمك أو بريدك الإلكتروني أو عنوانك.',
  },
} as const;

/**
 * Vazirmatn (SIL Open Font License, from the `vazirmatn` package), embedded in the PDF: the
 * standard PDF fonts have no Arabic letters. fontkit shapes the letters (joined forms) and lays an
 * Arabic line out right to left. Vazirmatn rather than Noto Sans Arabic: Noto builds dotted
 * letters from a shared base glyph and a dot, so a reader copying the text gets other letters
 * back; Vazirmatn has a glyph per letter form, so the poster's Arabic can be searched and read
 * aloud. It carries Latin letters, digits and punctuation too, for titles that mix them.
 */
const ARABIC_FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
  'fonts/ttf',
);
const ARABIC_FONTS = {
  regular: path.join(ARABIC_FONT_DIR, 'Vazirmatn-Regular.ttf'),
  bold: path.join(ARABIC_FONT_DIR, 'Vazirmatn-Bold.ttf'),
};
const offersArabic = (s: SurveyRow) =>
  (s.definition as SurveyDefinition).languages.some((l) => l.code === 'ar') || !!s.title.ar;

const titleIn = (s: SurveyRow, lang: string) => s.title[lang] ?? Object.values(s.title)[0] ?? '';

/**
 * A printable A4 poster: the title, the QR code, the link, and the invitation in Dutch, French and
 * English, and in Arabic (right to left) when the survey is offered in Arabic.
 */
export async function posterPdf(survey: SurveyRow, url: string): Promise<Buffer> {
  const png = await qrPng(url);
  const doc = new (await loadPdfKit())({
    size: 'A4',
    margin: 50,
    info: { Title: titleIn(survey, 'nl'), Producer: 'Brug' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const arabic = offersArabic(survey);
  doc.registerFont('Arabic', ARABIC_FONTS.regular);
  doc.registerFont('Arabic-Bold', ARABIC_FONTS.bold);
  const width = doc.page.width - 100;
  doc.font('Helvetica-Bold').fontSize(26).text(titleIn(survey, 'nl'), { align: 'center', width });
  for (const lang of ['fr', 'en'] as const)
    if (survey.title[lang] && survey.title[lang] !== survey.title.nl)
      doc
        .font('Helvetica')
        .fontSize(16)
        .fillColor('#333')
        .text(survey.title[lang], { align: 'center', width });
  if (survey.title.ar)
    doc.font('Arabic').fontSize(16).fillColor('#333').text(survey.title.ar, { align: 'center', width });
  doc.moveDown(arabic ? 0.5 : 1);
  const size = arabic ? 260 : 300;
  doc.image(png, (doc.page.width - size) / 2, doc.y, { width: size, height: size });
  doc.y += size + 16;
  doc.fillColor('#000').font('Helvetica-Bold').fontSize(13).text(url, { align: 'center', width, link: url });
  doc.moveDown(1);
  for (const lang of ['nl', 'fr', 'en'] as const) {
    doc.font('Helvetica-Bold').fontSize(14).text(POSTER_TEXT[lang].scan, { align: 'center', width });
    doc.font('Helvetica').fontSize(11).text(POSTER_TEXT[lang].anon, { align: 'center', width });
    doc.moveDown(0.6);
  }
  if (arabic) {
    doc.font('Arabic-Bold').fontSize(14).text(POSTER_TEXT.ar.scan, { align: 'center', width });
    doc.font('Arabic').fontSize(11).text(POSTER_TEXT.ar.anon, { align: 'center', width });
  }
  doc.end();
  return done;
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A 16:9 slide (SVG, 1920×1080) to show at the start or end of an activity. */
export async function slideSvg(survey: SurveyRow, url: string): Promise<string> {
  const qr = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const inner = qr
    .replace(/^<\?xml[^>]*>/, '')
    .replace('<svg ', '<svg x="1140" y="190" width="700" height="700" ');
  const lines = (['nl', 'fr', 'en'] as const)
    .map(
      (l, i) =>
        `<text x="80" y="${520 + i * 70}" font-size="38" fill="#1a1a1a">${escapeXml(POSTER_TEXT[l].scan)}</text>`,
    )
    .join('');
  const arabic = offersArabic(survey)
    ? `<text x="1080" y="730" font-size="38" fill="#1a1a1a" direction="rtl" xml:lang="ar">${escapeXml(POSTER_TEXT.ar.scan)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080" role="img" aria-label="${escapeXml(titleIn(survey, 'nl'))}">
<rect width="1920" height="1080" fill="#ffffff"/>
<text x="80" y="260" font-family="sans-serif" font-size="72" font-weight="bold" fill="#0b3d91">${escapeXml(titleIn(survey, 'nl'))}</text>
<g font-family="sans-serif">${lines}${arabic}</g>
<text x="80" y="960" font-family="monospace" font-size="34" fill="#333">${escapeXml(url)}</text>
${inner}
</svg>`;
}

/** Loaded on first use: the library is large and most requests never need it. */
async function loadPdfKit() {
  return (await import('pdfkit')).default;
}
