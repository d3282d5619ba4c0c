import { startTestApp, type TestApp } from '../../support/app-harness';
import { call } from './support/api-client';

/** GET /api/privacy-notice: public (no token), the deployment's facts for #/privacy, nothing personal. */
describe('GET /api/privacy-notice', () => {
  let plain: TestApp;
  let configured: TestApp;
  beforeAll(async () => {
    [plain, configured] = await Promise.all([
      startTestApp(),
      startTestApp({
        env: {
          PRIVACY_CONTROLLER_NAME: 'Aarhus Kommune',
          PRIVACY_CONTROLLER_CONTACT: 'dpo@aarhus.example',
          PRIVACY_DATA_LOCATION: 'Azure, Sweden Central',
        },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([plain?.stop(), configured?.stop()]);
  });

  it('answers without a token; an unset controller is null (the page shows the placeholder)', async () => {
    const res = await call(plain.url, '/api/privacy-notice');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      controller: null,
      dataLocation: null,
      database: 'sqlite',
      retentionDays: [180],
    });
  });

  it("names the operator's controller, contact and location", async () => {
    const res = await call(configured.url, '/api/privacy-notice');
    expect(res.body).toEqual({
      controller: { name: 'Aarhus Kommune', contact: 'dpo@aarhus.example' },
      dataLocation: 'Azure, Sweden Central',
      database: 'sqlite',
      retentionDays: [180],
    });
  });

  it('holds no personal data and no forum content', async () => {
    const res = await call(plain.url, '/api/privacy-notice');
    const members = await plain.deps.store.listMembers((await plain.deps.store.listForums())[0]!.id);
    const text = JSON.stringify(res.body);
    expect(members.filter((m) => text.includes(m.name) || text.includes(m.aadObjectId))).toEqual([]);
  });
});
