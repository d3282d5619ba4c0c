import type { ApiRouteName } from '../../../core/api/routes';

export type ExportFormat = 'docx' | 'pptx' | 'csv';
export type SubjectExport = 'json' | 'docx';

/** The contract's export routes by format: a summary's Word, PowerPoint and CSV. */
export const exportRoutes = {
  department: { docx: 'departmentDocx', pptx: 'departmentPptx', csv: 'departmentCsv' },
  forum: { docx: 'forumDocx', pptx: 'forumPptx', csv: 'forumCsv' },
} as const satisfies Record<string, Record<ExportFormat, ApiRouteName>>;

/** The contract's downloads of a person's data by format. */
export const subjectDataRoutes = {
  self: { json: 'myDataJson', docx: 'myDataDocx' },
  member: { json: 'memberDataJson', docx: 'memberDataDocx' },
} as const satisfies Record<string, Record<SubjectExport, ApiRouteName>>;
