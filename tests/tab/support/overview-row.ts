import type { OverviewRow } from '../../../tab/src/pages/overview/overview-rows';

/** An overview row of a department named `name`: one of three chefs answered, nothing else yet. */
export const overviewRow = (name: string, over: Partial<OverviewRow> = {}): OverviewRow => ({
  departmentId: name,
  name,
  respondents: 1,
  members: 3,
  rate: 0.3,
  principles: [],
  principleChoices: 0,
  actions: 0,
  overdue: 0,
  overdueAtLeast: false,
  indicators: 0,
  valueTypes: { quality: 0, efficiency: 0, democracy: 0 },
  voices: 0,
  withheldBelow: { principles: null, actions: null, indicators: null },
  ...over,
});
