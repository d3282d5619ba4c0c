import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& thead th': { borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  },
  userText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  overdueRow: { backgroundColor: tokens.colorStatusDangerBackground1 },
  overdueText: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});
