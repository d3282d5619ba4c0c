import type { Localized } from '../model';

/** Aarhus Kommune's six magistrate departments ("magistratsafdelinger") in 2019. */
export const EXAMPLE_DEPARTMENT_NAMES: readonly Localized[] = [
  { da: 'Borgmesterens Afdeling', en: "The Mayor's Department" },
  { da: 'Børn og Unge', en: 'Children and Young People' },
  { da: 'Kultur og Borgerservice', en: "Culture and Citizens' Services" },
  { da: 'Sociale Forhold og Beskæftigelse', en: 'Social Affairs and Employment' },
  { da: 'Sundhed og Omsorg', en: 'Health and Care' },
  { da: 'Teknik og Miljø', en: 'Technical Services and Environment' },
];
