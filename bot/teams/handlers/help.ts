import { COMMANDS, commandLabel } from '../commands';
import { t } from '../messages';
import { reply, type TurnScope } from './turn-scope';
import { isOrganizerOf } from '../../authz/rules';

export async function help(scope: TurnScope): Promise<void> {
  const { locale, member, forum } = scope.viewer;
  const line = (spec: (typeof COMMANDS)[number]) =>
    `- **${commandLabel(spec, locale)}**: ${spec.description[locale]}`;
  const lines = [`**${t(locale, 'help.title')}**`, ...COMMANDS.filter((c) => !c.organizerOnly).map(line)];
  if (forum && isOrganizerOf(member, forum.id))
    lines.push(
      '',
      `**${t(locale, 'help.organizer')}**`,
      ...COMMANDS.filter((c) => c.organizerOnly).map(line),
    );
  if (!member) lines.push('', t(locale, 'unknownUser'));
  await reply(scope, lines.join('\n'));
}
