import { t } from '../messages';
import { departmentTabUrl, teamsTabDeepLink } from '../tab-url';
import { reply, type TurnScope } from './turn-scope';

export async function summary(scope: TurnScope): Promise<void> {
  const { member, locale } = scope.viewer;
  const departmentId = scope.ref.departmentId ?? member?.departmentIds[0] ?? null;
  if (!departmentId) return reply(scope, t(locale, member ? 'summary.noDepartment' : 'unknownUser'));
  const url = departmentTabUrl(scope.deps.config.publicUrl, departmentId);
  const lines = [t(locale, 'summary.text', { url })];
  if (scope.services.teamsAppId)
    lines.push(
      t(locale, 'summary.teams', { url: teamsTabDeepLink(scope.services.teamsAppId, url, departmentId) }),
    );
  await reply(scope, lines.join('\n\n'));
}
