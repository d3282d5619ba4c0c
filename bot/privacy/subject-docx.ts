import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { answerToPlainText } from '../../core/answers';
import { localize } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { formatLocalDate } from '../../core/time';
import { xmlSafe } from '../api/exports/plain-text';
import { pt } from './privacy-messages';
import type { SubjectData, SubjectMembership } from './subject-data';

/** The person's data as a readable Word document, in their language. */
export async function renderSubjectDocx(data: SubjectData, locale: Locale): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(pt(locale, 'doc.title'))] }),
    new Paragraph({
      children: [
        new TextRun({
          text: pt(locale, 'doc.subtitle', { date: data.generatedAt.slice(0, 10) }),
          italics: true,
        }),
      ],
    }),
  ];
  for (const membership of data.memberships) children.push(...membershipBlocks(membership, locale));
  const doc = new Document({
    creator: 'Samskab',
    title: pt(locale, 'doc.title'),
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: [new TextRun({ text: pt(locale, 'doc.footer'), size: 16 })] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function membershipBlocks(m: SubjectMembership, locale: Locale): (Paragraph | Table)[] {
  const none = pt(locale, 'doc.none');
  const facts: Array<[string, string]> = [
    [pt(locale, 'doc.name'), m.member.name],
    [pt(locale, 'doc.email'), m.member.email ?? none],
    [pt(locale, 'doc.role'), m.member.role],
    [pt(locale, 'doc.departments'), m.departments.map((d) => localize(d.name, locale)).join(', ') || none],
    [pt(locale, 'doc.locale'), m.member.locale],
    [pt(locale, 'doc.pausedUntil'), m.member.pausedUntil ?? none],
    [pt(locale, 'doc.retention'), formatLocalDate(m.retention.purgeOnDate, locale)],
  ];
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(xmlSafe(localize(m.forum.name, locale)))],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(pt(locale, 'doc.person'))] }),
    factTable(facts),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(pt(locale, 'doc.answers'))] }),
  ];
  if (m.answers.length === 0) out.push(new Paragraph(pt(locale, 'doc.noAnswers')));
  const sorted = [...m.answers].sort((a, b) => (a.question?.number ?? 0) - (b.question?.number ?? 0));
  for (const { answer, question, revisions } of sorted) {
    const full = m.questions.find((q) => q.id === answer.questionId);
    const heading = question ? `${question.number}. ${localize(question.text, locale)}` : answer.questionId;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(xmlSafe(heading))] }));
    for (const revision of [...revisions].sort((a, b) => b.revision - a.revision)) {
      out.push(
        new Paragraph({
          children: [
            new TextRun({
              text: pt(locale, 'doc.revision', { revision: revision.revision, at: revision.editedAt }),
              italics: true,
              size: 18,
            }),
          ],
        }),
      );
      const text = full
        ? answerToPlainText(revision.value, full, m.principles, locale)
        : JSON.stringify(revision.value);
      out.push(...lines(text));
    }
  }
  const sent = m.deliveries.filter((d) => d.state === 'sent');
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(pt(locale, 'doc.deliveries'))] }),
  );
  const latest = sent
    .map((d) => d.updatedAt)
    .sort()
    .pop();
  out.push(new Paragraph(latest ? pt(locale, 'doc.deliveryLine', { count: sent.length, at: latest }) : none));
  return out;
}

function lines(text: string): Paragraph[] {
  return xmlSafe(text)
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun(line)], indent: { left: 360 } }));
}

function factTable(rows: Array<[string, string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([k, v]) =>
        new TableRow({
          children: [
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text: k, bold: true })] })],
            }),
            new TableCell({ children: [new Paragraph(xmlSafe(v))] }),
          ],
        }),
    ),
  });
}
