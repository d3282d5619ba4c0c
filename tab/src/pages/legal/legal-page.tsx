import { LegalShell } from './legal-shell';
import { PrivacyPage } from './privacy-page';
import { TermsPage } from './terms-page';

/** The public pages the Teams manifest links to; loaded on demand, shown without sign-in. */
export default function LegalPage(props: { page: 'privacy' | 'terms' }) {
  return <LegalShell>{props.page === 'privacy' ? <PrivacyPage /> : <TermsPage />}</LegalShell>;
}
