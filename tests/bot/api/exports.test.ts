import JSZip from 'jszip';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { answerAll } from './support/answers';
import { cast, devToken } from './support/api-client';
import { officeText } from '../../support/office-text';

const DANISH = 'Vi skal øve os i at lytte til borgerne på Århus Ø – æblegrød & <script>alert(1)</script>';
const INJECTION = "=cmd|' /C calc'!A0";

async function download(url: string, token: string, lang = 'da') {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
  return { status: res.status, headers: res.headers, data: Buffer.from(await res.arrayBuffer()) };
}

describe('exports: Word, PowerPoint and CSV', () => {
  let app: TestApp;
  let forumId: string;
  let departmentId: string;
  let departmentName: string;
  let departmentNameEn: string;
  let forumName: string;
  let chefToken: string;
  let organizerToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    const forum = (await app.deps.store.listForums())[0]!;
    forumId = forum.id;
    forumName = forum.name.da;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    departmentName = c.departments[0]!.name.da;
    departmentNameEn = c.departments[0]!.name.en;
    const [chef1, chef2] = c.chefsOf(departmentId);
    await answerAll(app.deps, chef1!, (q) =>
      q.number === 1 ? DANISH : `Svar ${q.number} fra ${chef1!.name}`,
    );
    await answerAll(app.deps, chef2!, (q) => (q.number === 1 ? INJECTION : `@SUM(A1) og +45 ${q.number}`));
    await app.deps.store.saveTakeaways(
      departmentId,
      'Vi er blevet klogere på samskabelse.',
      0,
      chef1!.id,
      new Date().toISOString(),
    );
    chefToken = await devToken(app.url, chef1!.aadObjectId);
    organizerToken = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  it('makes a department .docx that opens and holds forum, department, takeaways and answers (escaped)', async () => {
    const res = await download(`${app.url}/api/departments/${departmentId}/export.docx`, chefToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="samskab-.*\.docx"/);
    const zip = await JSZip.loadAsync(res.data);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('&lt;script&gt;');
    const text = await officeText(res.data, 'word/');
    expect(text).toContain(forumName);
    expect(text).toContain(departmentName);
    expect(text).toContain(DANISH);
    expect(text).toContain('Vi er blevet klogere på samskabelse.');
    expect(text).toContain('Handleplan');
    expect(text).toContain('Workshop med borgere');
    expect(text).toContain('Deltagelse');
    // The tab's charts as titled tables (count and share), with the shared labels.
    expect(text).toContain('Definerende eller faciliterende ledelse');
    expect(text).toContain('Faciliterende2100 %');
  });

  it('makes a department .pptx that opens and holds forum, department and an answer with Danish letters', async () => {
    const res = await download(`${app.url}/api/departments/${departmentId}/export.pptx`, chefToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('presentationml');
    const zip = await JSZip.loadAsync(res.data);
    expect(
      Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length,
    ).toBeGreaterThan(5);
    const text = await officeText(res.data, 'ppt/');
    expect(text).toContain(forumName);
    expect(text).toContain(departmentName);
    expect(text).toContain('æblegrød & <script>');
  });

  it('makes forum-wide .docx and .pptx for organizers, in English on request', async () => {
    const docx = await download(`${app.url}/api/forums/${forumId}/export.docx?locale=en`, organizerToken);
    expect(docx.status).toBe(200);
    const text = await officeText(docx.data, 'word/');
    expect(text).toContain('Overview of all departments');
    expect(text).toContain(departmentNameEn);
    expect(text).toContain(DANISH);
    const pptx = await download(`${app.url}/api/forums/${forumId}/export.pptx`, organizerToken);
    expect(pptx.status).toBe(200);
    expect(await officeText(pptx.data, 'ppt/')).toContain(forumName);
  });

  it('makes a CSV in UTF-8 with BOM that neutralizes formula injection', async () => {
    const res = await download(`${app.url}/api/departments/${departmentId}/answers.csv`, chefToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...res.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.data.subarray(3).toString('utf8');
    expect(text).toContain('æblegrød');
    expect(text).toContain(`'=cmd|`);
    expect(text).not.toMatch(/(^|[;\r\n"])=cmd/);
    expect(text).toContain(`'@SUM(A1)`);
    expect(text).not.toMatch(/(^|[;\r\n"])[=+@-]/m);

    const forumCsv = await download(`${app.url}/api/forums/${forumId}/answers.csv?locale=en`, organizerToken);
    expect(forumCsv.status).toBe(200);
    const header = forumCsv.data.subarray(3).toString('utf8').split('\r\n')[0];
    expect(header).toBe(
      'Department,Chef,E-mail,Question no.,Question,Answer,Principles,Choice,Rating,Revision,Last changed (UTC)',
    );
  });
});
