import { ProgressBar } from '@fluentui/react-components';
import { formatNumber, localize } from '../../../../../core/i18n';
import type { DepartmentGlance } from '../../../../../core/summary/department-glance';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Tile, useTileStyles } from './tile';

/** How many of the department's chefs answered, overall and question by question. */
export function ParticipationTile(props: { glance: DepartmentGlance }) {
  const styles = useTileStyles();
  const t = useT(glanceMessages);
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const { participation, questions } = props.glance;
  return (
    <Tile id="glance-participation" title={t('glance.participation')} testId="glance-participation">
      {participation.members === 0 ? (
        <p className={styles.empty}>{t('glance.noMembers')}</p>
      ) : (
        <>
          <p className={styles.figure} data-testid="participation-overall">
            {t('glance.respondents', {
              respondents: n(participation.respondents),
              members: n(participation.members),
            })}
          </p>
          {participation.respondents === 0 ? (
            <p className={styles.empty}>{t('glance.nobodyYet')}</p>
          ) : (
            <p className={styles.meta}>{t('glance.completed', { completed: participation.completed })}</p>
          )}
          <ul className={styles.rows} aria-label={t('glance.perQuestion')}>
            {questions.map((q) => {
              const label = t('glance.questionLabel', {
                number: q.number,
                answered: n(q.answered),
                members: n(q.members),
              });
              return (
                <li key={q.questionId} className={styles.row}>
                  <span title={localize(q.text, locale)}>
                    {t('glance.questionShort', { number: q.number })}
                  </span>
                  <ProgressBar
                    value={q.members > 0 ? q.answered / q.members : 0}
                    max={1}
                    thickness="large"
                    aria-label={label}
                  />
                  <span className={styles.count}>
                    {t('glance.questionCount', { answered: n(q.answered), members: n(q.members) })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Tile>
  );
}
