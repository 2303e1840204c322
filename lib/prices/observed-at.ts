const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Observations before this are not of parts this catalog sells. */
export const EARLIEST_OBSERVATION = "2000-01-01T00:00:00.000Z";

/**
 * "2017-03-10" (midnight UTC) or a full ISO 8601 instant with its offset, as a normalised ISO
 * string; null for anything else, an impossible date, before 2000 or after `now` plus a day.
 */
export function parseObservedAt(text: string, now: Date = new Date()): string | null {
  const trimmed = text.trim();
  let date: Date;
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (date.getUTCMonth() !== Number(day[2]) - 1 || date.getUTCDate() !== Number(day[3])) return null;
  } else if (INSTANT.test(trimmed)) {
    date = new Date(trimmed);
  } else return null;
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  if (iso < EARLIEST_OBSERVATION || date.getTime() > now.getTime() + 86_400_000) return null;
  return iso;
}

/** "2017-03-10" for display: observations are dated by day. */
export const observedDay = (iso: string) => iso.slice(0, 10);

const DAY_FORMAT = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** "Mar 10, 2017": the day of an observation, in UTC so server and browser agree. */
export const formatObservedDay = (iso: string) => DAY_FORMAT.format(new Date(iso));
