import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportBlock, ExportDoc } from './export-model';
import { xmlSafe } from './plain-text';

const BRAND_COLOR = '1F4E79';
const SUBTLE_COLOR = '595959';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The one Word renderer: a summary or overview export and a person's own data (bot/privacy) alike
 * (headings, tables, the brand in the header, the footer with page numbers).
 */
export async function renderDocx(doc: ExportDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: xmlSafe(doc.title), color: BRAND_COLOR })],
    }),
    new Paragraph({
      children: [new TextRun({ text: xmlSafe(doc.subtitle), color: SUBTLE_COLOR })],
      spacing: { after: 240 },
    }),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        heading: HEADINGS[section.level],
        children: [new TextRun(xmlSafe(section.heading))],
      }),
    );
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  const document = new Document({
    creator: 'Samskab',
    title: xmlSafe(`${doc.title} · ${doc.brand}`),
    description: xmlSafe(doc.subtitle),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: xmlSafe(doc.brand), color: BRAND_COLOR, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${xmlSafe(doc.footer)} · `, color: SUBTLE_COLOR, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: SUBTLE_COLOR, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function renderBlock(block: ExportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: lines(block.text, block.subtle ? { color: SUBTLE_COLOR, italics: true } : {}),
          spacing: { after: 120 },
        }),
      ];
    case 'answers':
      return block.items
        .flatMap((item) => [
          new Paragraph({
            children: [new TextRun({ text: xmlSafe(item.author), bold: true })],
            spacing: { before: 120 },
          }),
          new Paragraph({ children: lines(item.text), indent: { left: 360 }, spacing: { after: 120 } }),
        ])
        .concat(
          block.note
            ? [
                new Paragraph({
                  children: lines(block.note, { color: SUBTLE_COLOR, italics: true }),
                  spacing: { before: 120, after: 120 },
                }),
              ]
            : [],
        );
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ text: '' })];
    case 'chart':
      return [
        new Paragraph({
          children: [new TextRun({ text: xmlSafe(block.title), bold: true })],
          keepNext: true,
        }),
        ...(block.empty === null
          ? renderBlock(block.table)
          : [new Paragraph({ children: lines(block.empty, { color: SUBTLE_COLOR, italics: true }) })]),
      ];
  }
}

function lines(text: string, style: { color?: string; italics?: boolean; bold?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function table(header: string[], rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const cell = (text: string, head: boolean, label = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: head
            ? [new TextRun({ text: xmlSafe(text), bold: true, color: 'FFFFFF' })]
            : lines(text, label ? { bold: true } : {}),
        }),
      ],
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: BRAND_COLOR } : undefined,
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(header.length > 0
        ? [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) })]
        : []),
      ...rows.map(
        (row) =>
          new TableRow({ children: row.map((c, i) => cell(c, false, header.length === 0 && i === 0)) }),
      ),
    ],
  });
}
