import { Accordion, makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../../core/i18n';
import type { DepartmentGlance } from '../../../../../core/summary/department-glance';
import { formatLocalDate } from '../../../format/format';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ActionPlanTable } from '../action-plan-table';
import { IndicatorsTable } from '../indicators-table';
import { QuestionSection } from '../question-section';
import type { SummaryData } from '../summary-view-model';
import type { HttpClient } from '../../../api/http-client';
import { DetailItem } from './detail-item';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { display: 'grid', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** Everything behind the band, collapsed until asked for: action plan, indicators, each question, the recap. */
export default function SummaryDetails(props: {
  http: HttpClient;
  data: SummaryData;
  glance: DepartmentGlance;
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const tg = useT(glanceMessages);
  const { locale } = useLocale();
  const { summary, department, forum } = props.data;
  return (
    <section className={styles.section} aria-labelledby="details-title" data-testid="summary-details">
      <h2 id="details-title" className={styles.h2}>
        {tg('details.title')}
      </h2>
      <p className={styles.meta}>{tg('details.hint')}</p>
      <Accordion multiple collapsible className={styles.list}>
        <DetailItem
          value="actions"
          title={t('actions.title')}
          meta={tg('glance.actionsCount', { total: props.glance.actions.total })}
          testId="details-actions"
        >
          <ActionPlanTable items={summary.actionPlan} nameOf={props.nameOf} />
          {summary.actionPlanTotal > summary.actionPlan.length && (
            <p className={styles.meta}>
              {t('actions.shownOf', { shown: summary.actionPlan.length, total: summary.actionPlanTotal })}
            </p>
          )}
        </DetailItem>
        <DetailItem
          value="indicators"
          title={t('indicators.title')}
          meta={tg('glance.indicatorsCount', { count: props.glance.indicators })}
          testId="details-indicators"
        >
          <IndicatorsTable items={summary.indicators} nameOf={props.nameOf} />
          {summary.indicatorTotal > summary.indicators.length && (
            <p className={styles.meta}>
              {t('indicators.shownOf', { shown: summary.indicators.length, total: summary.indicatorTotal })}
            </p>
          )}
        </DetailItem>
        {summary.questions.map((q) => (
          <DetailItem
            key={q.questionId}
            value={q.questionId}
            title={t('summary.questionTitle', { number: q.number, text: localize(q.text, locale) })}
            meta={`${t('summary.participationCount', {
              answered: q.participation.answered,
              members: q.participation.members,
            })} · ${tg('details.answerCount', { count: q.answerCount })}`}
            testId={`question-${q.number}`}
          >
            <QuestionSection
              http={props.http}
              departmentId={department.id}
              refreshKey={summary.generatedAt}
              summary={q}
              question={props.data.questions.find((x) => x.id === q.questionId)}
              principles={props.data.principles}
              timeZone={forum.timeZone}
              nameOf={props.nameOf}
            />
          </DetailItem>
        ))}
        <DetailItem value="recap" title={tg('details.recap')} testId="details-recap">
          <p className={styles.text}>{department.recap || t('summary.recapEmpty')}</p>
          {department.chosenAssignment && (
            <>
              <h4 className={styles.h4}>{t('summary.assignment')}</h4>
              <p className={styles.text}>{department.chosenAssignment}</p>
            </>
          )}
          {department.facilitatorMeetingDate && (
            <p className={styles.text}>
              {t('summary.facilitatorMeeting', {
                date: formatLocalDate(department.facilitatorMeetingDate, locale),
              })}
            </p>
          )}
        </DetailItem>
      </Accordion>
    </section>
  );
}
