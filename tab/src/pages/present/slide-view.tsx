import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type {
  CoverSlide,
  SectionedSlide,
  Slide,
  SlideItem,
  SlideSection,
} from '../../../../core/presentation';
import { SLIDE_LAYOUT as L } from '../../../../core/presentation';

/** A length in the slide's own units (percent of its width), as a container-query length. */
const u = (n: number) => `${n}cqw`;

const useStyles = makeStyles({
  frame: {
    containerType: 'inline-size',
    aspectRatio: '16 / 9',
    width: 'min(100cqw, calc(100cqh * 16 / 9))',
  },
  slide: {
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    overflow: 'hidden',
    padding: `${u(L.padY)} ${u(L.padX)}`,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderTop: `${u(0.6)} solid ${tokens.colorBrandBackground}`,
    boxShadow: tokens.shadow16,
    outlineStyle: 'none',
  },
  header: { display: 'grid', gap: u(L.headerGap), marginBottom: u(L.headerToGrid) },
  title: {
    margin: 0,
    fontSize: u(L.titleSize),
    lineHeight: L.titleLineHeight,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  subtitle: {
    margin: 0,
    fontSize: u(L.subtitleSize),
    lineHeight: L.subtitleLineHeight,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  grid: {
    flexGrow: 1,
    minHeight: 0,
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gridTemplateRows: '1fr 1fr',
    columnGap: u(L.columnGap),
    rowGap: u(L.rowGap),
  },
  section: { minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', gap: u(L.headingGap) },
  wide: { gridColumn: '1 / -1' },
  heading: {
    margin: 0,
    fontSize: u(L.headingSize),
    lineHeight: L.headingLineHeight,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    whiteSpace: 'nowrap',
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'grid',
    alignContent: 'start',
    rowGap: u(0.2),
    fontSize: u(L.bodySize),
    lineHeight: L.bodyLineHeight,
  },
  text: { overflowWrap: 'anywhere' },
  line: { display: 'flex', justifyContent: 'space-between', gap: u(1), whiteSpace: 'nowrap' },
  detail: { display: 'flex', gap: u(1), whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  subtle: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
  onTrack: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  cover: { justifyContent: 'center', gap: u(2) },
  coverTitle: {
    margin: 0,
    fontSize: u(L.coverTitleSize),
    lineHeight: L.titleLineHeight,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  coverLine: { margin: 0, fontSize: u(L.coverLineSize), lineHeight: L.subtitleLineHeight },
});

/**
 * One slide of core/presentation's model, drawn in a 16:9 box as large as its container allows
 * (the container is a size container: the box is letterboxed in it). Type scales with the box.
 */
export function SlideView(props: { slide: Slide; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.frame}>
      {props.slide.kind === 'cover' ? (
        <CoverSlideView slide={props.slide} label={props.label} />
      ) : (
        <SectionedSlideView slide={props.slide} label={props.label} />
      )}
    </div>
  );
}

function CoverSlideView(props: { slide: CoverSlide; label: string }) {
  const styles = useStyles();
  const { slide } = props;
  return (
    <section
      className={mergeClasses(styles.slide, styles.cover)}
      aria-roledescription={props.label}
      aria-labelledby="slide-title"
      data-testid="slide"
    >
      <h2 id="slide-title" className={styles.coverTitle}>
        {slide.title}
      </h2>
      {slide.lines.map((line) => (
        <p key={line} className={styles.coverLine}>
          {line}
        </p>
      ))}
    </section>
  );
}

/**
 * A department's slide, its voices slide or the closing slide: a title, a subtitle and the sections
 * in a 2 × 2 grid (a wide section takes a whole row).
 */
function SectionedSlideView(props: { slide: SectionedSlide; label: string }) {
  const styles = useStyles();
  const { slide } = props;
  return (
    <section
      className={styles.slide}
      aria-roledescription={props.label}
      aria-labelledby="slide-title"
      data-testid="slide"
    >
      <div className={styles.header}>
        <h2 id="slide-title" className={styles.title}>
          {slide.title}
        </h2>
        <p className={styles.subtitle}>{slide.subtitle}</p>
      </div>
      <div className={styles.grid}>
        {slide.sections.map((s) => (
          <SectionView key={s.key} section={s} />
        ))}
      </div>
    </section>
  );
}

function SectionView(props: { section: SlideSection }) {
  const styles = useStyles();
  const { section } = props;
  const headingId = `slide-section-${section.key}`;
  return (
    <section
      className={mergeClasses(styles.section, section.wide && styles.wide)}
      aria-labelledby={headingId}
      data-testid={`slide-${section.key}`}
    >
      <h3 id={headingId} className={styles.heading}>
        {section.heading}
      </h3>
      <ul className={styles.list}>
        {section.empty !== null && <li className={styles.subtle}>{section.empty}</li>}
        {section.items.map((item, i) => (
          <ItemView key={i} item={item} />
        ))}
        {section.more !== null && (
          <li className={styles.subtle} data-testid="slide-more">
            {section.more}
          </li>
        )}
      </ul>
    </section>
  );
}

function ItemView(props: { item: SlideItem }) {
  const styles = useStyles();
  const { item } = props;
  return (
    <li>
      {item.countText === null ? (
        <div className={styles.text}>{item.text}</div>
      ) : (
        <div className={styles.line}>
          <span>{item.text}</span>
          <span className={styles.subtle}>{item.countText}</span>
        </div>
      )}
      {item.detail !== null && (
        <div className={styles.detail}>
          <span>{item.detail}</span>
          {item.statusText !== null && (
            <span className={item.status === 'overdue' ? styles.overdue : styles.onTrack}>
              {item.statusText}
            </span>
          )}
        </div>
      )}
    </li>
  );
}
