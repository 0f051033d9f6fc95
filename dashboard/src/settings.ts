import { todayInKorea } from "./format.js";

/** What the dashboard shows, from the page (set by the gateway) and its address (?agency=MOTIE&asOf=2025-11-20). */
export interface Settings {
  graphqlPath: string;
  pollSeconds: number;
  agency: string;
  /** The day the dashboard is read on (YYYY-MM-DD, Korea): upcoming means from this day; targets are this day's year. */
  asOf: string;
}

const AGENCIES = ["MOTIE", "MSS", "PPS", "MSIT", "ME", "MOLIT"];

const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function readSettings(body: HTMLElement, search: string): Settings {
  const query = new URLSearchParams(search);
  const agency = query.get("agency")?.toUpperCase() ?? "";
  const asOf = query.get("asOf") ?? "";
  const pollSeconds = Number(body.dataset.pollSeconds);
  return {
    graphqlPath: body.dataset.graphqlPath || "/graphql",
    pollSeconds: Number.isInteger(pollSeconds) && pollSeconds > 0 ? pollSeconds : 30,
    agency: AGENCIES.includes(agency) ? agency : "MOTIE",
    asOf: isCalendarDate(asOf) ? asOf : todayInKorea(),
  };
}
