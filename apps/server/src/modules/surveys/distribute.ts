import { randomInt } from 'node:crypto';
import { appendAudit, insertSurveyCodes, type SurveyRow } from '@brug/db';
import type { SurveyDefinition } from '@brug/domain';

import QRCode from 'qrcode';
import { createPdf } from '../../foundation/pdf/document.ts';
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
    qr: 'QR-code met de link naar de bevraging',
    anon: 'Anoniem: we vragen geen naam, e-mail of adres.',
  },
  fr: {
    scan: 'Scannez le code avec votre téléphone et donnez votre avis.',
    qr: 'Code QR avec le lien vers l’enquête',
    anon: 'Anonyme : nous ne demandons ni nom, ni e-mail, ni adresse.',
  },
  en: {
    scan: 'Scan the code with your phone and give your opinion.',
    qr: 'QR code with the link to the survey',
    anon: 'Anonymous: we do not ask for your name, e-mail or address.',
  },
  ar: {
    scan: 'امسح الرمز بهاتفك وأعطِ رأيك.',
    qr: 'رمز QR مع رابط الاستبيان',
    anon: 'دون الكشف عن هويتك: لا نسأل عن اسمك أو بريدك الإلكتروني أو عنوانك.',
  },
} as const;

const offersArabic = (s: SurveyRow) =>
  (s.definition as SurveyDefinition).languages.some((l) => l.code === 'ar') || !!s.title.ar;

const titleIn = (s: SurveyRow, lang: string) => s.title[lang] ?? Object.values(s.title)[0] ?? '';

/**
 * A printable A4 poster: the title, the QR code, the link, and the invitation in Dutch, French and
 * English, and in Arabic (right to left) when the survey is offered in Arabic.
 */
export async function posterPdf(survey: SurveyRow, url: string): Promise<Buffer> {
  const png = await qrPng(url);
  const pdf = await createPdf({ title: titleIn(survey, 'nl'), lang: 'nl' });
  const { doc } = pdf;
  const arabic = offersArabic(survey);
  const center = { align: 'center' } as const;
  pdf.heading(1, titleIn(survey, 'nl'), { size: 26, ...center });
  for (const lang of ['fr', 'en'] as const)
    if (survey.title[lang] && survey.title[lang] !== survey.title.nl)
      pdf.paragraph(survey.title[lang], { size: 16, color: '#333', lang, ...center });
  if (survey.title.ar) pdf.paragraph(survey.title.ar, { size: 16, color: '#333', lang: 'ar', ...center });
  doc.moveDown(arabic ? 0.5 : 1);
  const size = arabic ? 260 : 300;
  pdf.figure(
    POSTER_TEXT.nl.qr,
    () => doc.image(png, (doc.page.width - size) / 2, doc.y, { width: size, height: size }),
    size,
  );
  doc.y += 16;
  pdf.paragraph(url, { size: 13, bold: true, ...center });
  doc.moveDown(1);
  for (const lang of ['nl', 'fr', 'en'] as const) {
    pdf.paragraph(POSTER_TEXT[lang].scan, { size: 14, bold: true, lang, ...center });
    pdf.paragraph(POSTER_TEXT[lang].anon, { size: 11, lang, ...center });
    doc.moveDown(0.6);
  }
  if (arabic) {
    pdf.paragraph(POSTER_TEXT.ar.scan, { size: 14, bold: true, lang: 'ar', ...center });
    pdf.paragraph(POSTER_TEXT.ar.anon, { size: 11, lang: 'ar', ...center });
  }
  return pdf.end();
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
