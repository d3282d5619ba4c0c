import { useEffect, useState } from 'react';
import type { PrivacyNoticeResponse } from '../../../../core/api';

export type NoticeState =
  { kind: 'loading' } | { kind: 'ready'; notice: PrivacyNoticeResponse } | { kind: 'failed' };

/** GET /api/privacy-notice, without a token: the page is read before anyone signs in. */
export function usePrivacyNotice(): NoticeState {
  const [state, setState] = useState<NoticeState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetch('/api/privacy-notice', { headers: { Accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as PrivacyNoticeResponse;
      })
      .then(
        (notice) => live && setState({ kind: 'ready', notice }),
        () => live && setState({ kind: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
