import { layoutParagraph, RIGHT_TO_LEFT } from './bidi-layout.ts';
import { type FontName, type FontSource, fontSources, keepParsedFont } from './fonts.ts';

type EmbeddedFont = {
  encode(text: string, features?: unknown): unknown;
  unicode: (number[] | undefined)[];
};
const mapped = new WeakSet<EmbeddedFont>();

/**
 * A glyph that joins several letters (lam-alef) maps back to them in display order (right to
 * left): text extractors turn a right-to-left run around as a whole, ligatures included, and would
 * otherwise give "ال" for "لا". Only Arabic fonts get this: they lay out right-to-left runs only.
 */
function mapLigaturesInDisplayOrder(doc: PDFKit.PDFDocument) {
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  if (mapped.has(font)) return;
  mapped.add(font);
  const turned = new Set<number>();
  const encode = font.encode.bind(font);
  font.encode = (text, features) => {
    const out = encode(text, features);
    font.unicode.forEach((codePoints, gid) => {
      if (codePoints && codePoints.length > 1 && !turned.has(gid)) {
        font.unicode[gid] = [...codePoints].reverse();
        turned.add(gid);
      }
    });
    return out;
  };
}

/** A part of a paragraph with its own weight, e.g. a bold label before the text. */
export type Span = { text: string; bold?: boolean };

export type TextStyle = {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Left edge, in points from the page's left edge (default: the margin). */
  x?: number;
  width?: number;
  /** Space before the paragraph, in lines of its size. */
  before?: number;
  /** The paragraph's language when it differs from the document's, e.g. `ar` on a Dutch poster. */
  lang?: string;
};

type Structure = PDFKit.PDFStructureElement;

export type PdfWriter = {
  /** The pdfkit document, for drawings inside `figure` or `artifact`. */
  doc: PDFKit.PDFDocument;
  /** Page width between the margins. */
  width: number;
  heading(level: 1 | 2 | 3, text: string, style?: TextStyle): void;
  paragraph(text: string | Span[], style?: TextStyle): void;
  /** A bulleted list; each item may carry a note (a smaller second paragraph). */
  list(items: { text: string | Span[]; note?: string }[], style?: TextStyle, noteStyle?: TextStyle): void;
  /**
   * A drawing (chart, QR code) with the text alternative a screen reader reads instead; `height`
   * is the room it takes below the current position when the drawing does not move it.
   */
  figure(alt: string, draw: (doc: PDFKit.PDFDocument) => void, height?: number): void;
  /** Decoration that carries no content (rules, backgrounds): left out of the reading order. */
  artifact(draw: (doc: PDFKit.PDFDocument) => void): void;
  end(): Promise<Buffer>;
};

export type PdfOptions = {
  title: string;
  /** BCP 47 language of the document (nl, fr, en, ar): readers pick their voice from it. */
  lang: string;
  margin?: number;
  author?: string;
};

const HEADING_SIZES = { 1: 22, 2: 15, 3: 12.5 } as const;

/**
 * A tagged PDF (PDF/UA as far as pdfkit goes): embedded Unicode fonts, a structure tree (headings,
 * paragraphs, lists, figures with alternative text, artifacts), the title shown in the window, the
 * document's language, and Arabic laid out right to left with joined letters. Every PDF of Brug is
 * written through this.
 */
export async function createPdf(options: PdfOptions): Promise<PdfWriter> {
  const PDFDocument = (await import('pdfkit')).default;
  const margin = options.margin ?? 50;
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    pdfVersion: '1.7',
    // pdfkit writes the PDF/UA identifier in the metadata (its types only list PDF/A).
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    displayTitle: true,
    lang: options.lang,
    info: { Title: options.title, Producer: 'Brug', ...(options.author ? { Author: options.author } : {}) },
  });
  for (const [name, source] of fontSources()) doc.registerFont(name, source as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const root = doc.struct('Document');
  doc.addStructure(root);
  const left = doc.page.margins.left;
  const fullWidth = doc.page.width - left - doc.page.margins.right;

  /** Content of one structure element: marked in the page's content and linked from the tree. */
  const block = (
    parent: Structure,
    type: string,
    draw: () => void,
    attrs: { lang?: string; alt?: string; actual?: string } = {},
    /** Sets the element's attributes once its content is drawn and its place known. */
    attributes?: () => Record<string, unknown>,
  ) => {
    const element = doc.struct(type, attrs);
    parent.add(element);
    const content = doc.markStructureContent(type);
    draw();
    doc.endMarkedContent();
    element.add(content);
    if (attributes)
      (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A =
        attributes();
    element.end();
  };

  const font = (bold: boolean | undefined, arabic: boolean): FontName =>
    arabic ? (bold ? 'Arabic-Bold' : 'Arabic') : bold ? 'Sans-Bold' : 'Sans';

  const drawText = (spans: Span[], style: TextStyle) => {
    const size = style.size ?? 10.5;
    const x = style.x ?? left;
    const width = style.width ?? fullWidth - (x - left);
    const color = style.color ?? '#000';
    if (style.before) doc.moveDown(style.before);
    const text = spans.map((s) => s.text).join('');
    if (!RIGHT_TO_LEFT.test(text)) {
      // Left to right only: pdfkit wraps, justifies and breaks pages itself.
      doc.x = x;
      spans.forEach((s, i) => {
        doc
          .font(font(s.bold ?? style.bold, false))
          .fontSize(size)
          .fillColor(color)
          .text(s.text, { width, align: style.align ?? 'left', continued: i < spans.length - 1 });
      });
    } else drawBidi(spans, style, size, x, width, color);
    doc.fillColor('#000');
    doc.x = left;
  };

  const drawBidi = (
    spans: Span[],
    style: TextStyle,
    size: number,
    x: number,
    width: number,
    color: string,
  ) => {
    const text = spans.map((s) => s.text).join('');
    const spanAt: number[] = spans.flatMap((s, i) => new Array<number>(s.text.length).fill(i));
    const bold = (span: number) => spans[span]?.bold ?? style.bold;
    const measure = (t: string, span: number, arabic: boolean) =>
      doc
        .font(font(bold(span), arabic))
        .fontSize(size)
        .widthOfString(t);
    const { lines, rtl } = layoutParagraph(text, (i) => spanAt[i] ?? 0, measure, width);
    const metrics = (name: FontName) => {
      doc.font(name).fontSize(size);
      const f = (doc as unknown as { _font: { ascender: number; descender: number; lineGap: number } })._font;
      return { ascent: (f.ascender / 1000) * size, height: doc.currentLineHeight(true) };
    };
    const latin = metrics(font(style.bold, false));
    const arabic = metrics(font(style.bold, true));
    const ascent = Math.max(latin.ascent, arabic.ascent);
    const lineHeight = Math.max(latin.height, arabic.height);
    const align = style.align === 'justify' || !style.align ? (rtl ? 'right' : 'left') : style.align;
    let y = doc.y;
    for (const line of lines) {
      if (y + lineHeight > doc.page.height - doc.page.margins.bottom) {
        doc.continueOnNewPage();
        y = doc.page.margins.top;
      }
      const offset =
        align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
      // Drawn in reading order at their places in the line, so readers that follow the content
      // stream get the words in order.
      for (const p of [...line.pieces].sort((a, b) => a.start - b.start)) {
        doc
          .font(font(bold(p.span), p.arabic))
          .fontSize(size)
          .fillColor(color);
        if (p.arabic) mapLigaturesInDisplayOrder(doc);
        doc.text(p.text, x + offset + p.x, y + ascent, { lineBreak: false, baseline: 'alphabetic' });
      }
      y += lineHeight;
    }
    doc.y = y;
  };

  const writer: PdfWriter = {
    doc,
    width: fullWidth,
    heading(level, text, style = {}) {
      const size = style.size ?? HEADING_SIZES[level];
      // A heading is not left alone at the bottom of a page.
      if (doc.y > doc.page.height - doc.page.margins.bottom - size * 5) doc.continueOnNewPage();
      else if (level > 1 || doc.y > doc.page.margins.top) doc.moveDown(style.before ?? 0.6);
      block(root, `H${level}`, () => drawText([{ text }], { bold: true, ...style, size, before: 0 }), {
        lang: style.lang,
      });
      doc.moveDown(0.2);
    },
    paragraph(text, style = {}) {
      const spans = typeof text === 'string' ? [{ text }] : text;
      const joined = spans.map((s) => s.text).join('');
      // Right-to-left text is drawn in display order; the tree gives readers the reading order.
      block(root, 'P', () => drawText(spans, style), {
        lang: style.lang,
        ...(RIGHT_TO_LEFT.test(joined) ? { actual: joined } : {}),
      });
    },
    list(items, style = {}, noteStyle = {}) {
      const list = doc.struct('L');
      root.add(list);
      const size = style.size ?? 10.5;
      const indent = size * 1.4;
      for (const item of items) {
        const li = doc.struct('LI');
        list.add(li);
        doc.moveDown(0.25);
        const y = doc.y;
        block(li, 'Lbl', () => {
          doc.font('Sans').fontSize(size).text('•', left, y, { lineBreak: false });
        });
        doc.y = y;
        block(li, 'LBody', () => {
          drawText(typeof item.text === 'string' ? [{ text: item.text }] : item.text, {
            ...style,
            x: left + indent,
          });
          if (item.note)
            drawText([{ text: item.note }], { size: 9.5, color: '#555', ...noteStyle, x: left + indent });
        });
        li.end();
      }
      list.end();
    },
    figure(alt, draw, height = 0) {
      const top = doc.y;
      // A block on the page, with its bounding box (PDF/UA asks for one on figures).
      block(
        root,
        'Figure',
        () => {
          draw(doc);
          doc.y = Math.max(doc.y, top + height);
        },
        { alt },
        () => ({
          O: 'Layout',
          Placement: 'Block',
          BBox: [left, doc.page.height - doc.y, left + fullWidth, doc.page.height - top],
        }),
      );
      doc.x = left;
    },
    artifact(draw) {
      doc.markContent('Artifact', { type: 'Layout' });
      draw(doc);
      doc.endMarkedContent();
    },
    end() {
      root.end();
      doc.end();
      const opened = (doc as unknown as { _fontFamilies: Record<string, { font?: FontSource }> })
        ._fontFamilies;
      for (const name of fontSources().keys()) keepParsedFont(name, opened[name]?.font);
      return done;
    },
  };
  return writer;
}
