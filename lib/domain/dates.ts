/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. The program's dates are Korean calendar dates, so
 * "today" is today in Korea Standard Time (UTC+9, no daylight saving), whatever the server's zone.
 */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export function todayInKorea(now: Date = new Date()): string {
  return new Date(now.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Same month and day N years later; 29 February becomes 28 February in a common year (PostgreSQL agrees). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
