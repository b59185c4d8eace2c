import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocBlock, StrategyDocument } from '@tsifra/domain/documents/strategy-document';

/**
 * Writes the domain's document model as a DOCX with real Word styles — Title, Heading 1–3, List Paragraph,
 * Caption and the table header row repeated on each page — so a region's clerk can restyle it in Word or
 * LibreOffice instead of fighting direct formatting. Page numbers sit in the footer.
 */

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const FONT = 'Times New Roman';

/** Text width of an A4 portrait page with 2.5 cm and 1.5 cm margins, in twips. */
const TEXT_WIDTH = 9300;

/**
 * Column widths from what the columns hold: a column gets a share of the page by its longest cell (bounded,
 * so one long title does not starve the year columns), which keeps numbers on one line and names readable.
 */
function columnWidths(block: Extract<DocBlock, { kind: 'table' }>): number[] {
  const weights = block.header.map((h, i) => {
    const longest = Math.max(...[h, ...block.rows.map((r) => r[i] ?? '')].map((t) => t.length));
    return block.numeric[i] ? Math.min(Math.max(longest, 7), 12) : Math.min(Math.max(longest, 3), 22);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

function cell(text: string, options: { header?: boolean; numeric?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: options.numeric && !options.header ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, size: 18 })],
      }),
    ],
  });
}

function table(block: Extract<DocBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const caption = new Paragraph({
    style: 'Caption',
    keepNext: true,
    children: [new TextRun(`Таблица ${block.number} — ${block.caption}`)],
  });
  const widths = columnWidths(block);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((h, i) => cell(h, { header: true, width: widths[i]! })),
  });
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((text, i) => cell(text, { numeric: block.numeric[i], width: widths[i]! })),
      }),
  );
  return [
    caption,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    new Paragraph(''),
  ];
}

function render(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: [new TextRun(block.text)],
        }),
        ...block.lines.map(
          (line) =>
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, italics: true })] }),
        ),
      ];
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(`${block.number}. ${block.text}`)] }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({ style: 'ListParagraph', bullet: { level: item.level }, children: [new TextRun(item.text)] }),
      );
    case 'table':
      return table(block);
  }
}

/** The DOCX file of a strategy document. */
export async function renderDocx(doc: StrategyDocument): Promise<Buffer> {
  const file = new Document({
    title: doc.title,
    creator: 'Цифра',
    styles: {
      default: {
        document: { run: { font: FONT, size: 26, language: { value: 'ru-RU' } } },
        title: { run: { font: FONT, size: 32, bold: true } },
        heading1: { run: { font: FONT, size: 30, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: FONT, size: 26, bold: true } },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 22 },
        },
        {
          id: 'ListParagraph',
          name: 'List Paragraph',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 720 } },
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 850 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
  return Packer.toBuffer(file);
}
