// School holiday periods of zone C (Toulouse) for the 2026-2027 school year,
// read from data/calendar-2026-2027.json, for the catalogue's filter.
import calendar from "@/data/calendar-2026-2027.json";

import { addCalendarDays } from "./calendar-days";

export type HolidayPeriod = {
  /** Stable identifier used in the catalogue's URL. */
  id: string;
  name: string;
  /** First and last day without school, "YYYY-MM-DD", both included. */
  start: string;
  end: string;
};

const PERIOD_IDS: Record<string, string> = {
  "Vacances de la Toussaint": "toussaint",
  "Vacances de Noël": "noel",
  "Vacances d'hiver": "hiver",
  "Vacances de printemps": "printemps",
  "Vacances d'été": "ete",
};

// The summer period has no published end because the next school year's
// calendar sets it. The rentrée is on or about 1 September.
// NOTE: 31 August is an estimate until the 2027-2028 calendar is published.
const SUMMER_LAST_DAY = "08-31";

/**
 * Returns the holiday periods of the school year. Holidays start the day
 * after the last class and end the day before classes resume.
 */
export function schoolHolidayPeriods(): HolidayPeriod[] {
  const year = calendar.school_holidays_zone_c["2026-2027"];
  return year.periods.map((period) => {
    const start = addCalendarDays(period.fin_des_cours_apres_la_classe, 1);
    const end = period.reprise_des_cours
      ? addCalendarDays(period.reprise_des_cours, -1)
      : `${start.slice(0, 4)}-${SUMMER_LAST_DAY}`;
    return { id: PERIOD_IDS[period.nom] ?? period.nom, name: period.nom, start, end };
  });
}

export function findHolidayPeriod(id: string): HolidayPeriod | undefined {
  return schoolHolidayPeriods().find((period) => period.id === id);
}
