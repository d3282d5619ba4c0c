import { commonMessages } from '../../tab/src/i18n/catalog-common';
import { glanceMessages } from '../../tab/src/i18n/catalog-glance';
import { summaryMessages } from '../../tab/src/i18n/catalog-summary';
import { adminMessages } from '../../tab/src/pages/admin/admin-messages';
import { overviewMessages } from '../../tab/src/pages/overview/overview-messages';
import { presentMessages } from '../../tab/src/pages/present/present-messages';
import { privacyNoticeMessages } from '../../tab/src/pages/legal/privacy-notice-messages';
import { termsMessages } from '../../tab/src/pages/legal/terms-messages';
import { privacyMessages } from '../../tab/src/privacy/privacy-messages';
import { voicesMessages } from '../../tab/src/pages/voices/voices-messages';
import { voiceMessages } from '../../core/voices/messages';
import { voiceNoticeMessages } from '../../bot/teams/voices/voice-notice-card';

const catalogs = {
  commonMessages,
  summaryMessages,
  glanceMessages,
  adminMessages,
  privacyMessages,
  privacyNoticeMessages,
  termsMessages,
  overviewMessages,
  presentMessages,
  voicesMessages,
  voiceMessages,
  voiceNoticeMessages,
};
/** The names a message takes, plain (`{name}`) or choosing a form (`{count, plural, …}`). */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe('the tab speaks Danish and English everywhere', () => {
  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`${name}: every string exists in both languages with the same placeholders`, () => {
      for (const [key, text] of Object.entries(catalog as Record<string, { da: string; en: string }>)) {
        expect({ key, da: text.da.trim().length > 0, en: text.en.trim().length > 0 }).toEqual({
          key,
          da: true,
          en: true,
        });
        expect({ key, p: placeholders(text.da) }).toEqual({ key, p: placeholders(text.en) });
      }
    });
  }
});
