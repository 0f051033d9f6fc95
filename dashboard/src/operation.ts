import type { Settings } from "./settings.js";

/**
 * The dashboard's one request: everything the screen shows, in one named operation through the public
 * /graphql API, selecting every entity's id, as any dashboard front end would send it. Anonymous: every
 * field here is public. Its estimated cost (demand control) is 1,452, as dashboard/README.md says.
 */
export const PROGRAM_DASHBOARD = /* GraphQL */ `
  query ProgramDashboard($agency: Agency!, $lastCompleteYear: Int!, $year: Int!, $from: DateTime!) {
    figures: procurementSummary(agency: $agency, throughYear: $lastCompleteYear) {
      id
      agency
      throughYear
      designatedProducts
      procurementGenerated
      purchaseCount
    }
    perYear: procurementSummary(agency: $agency, throughYear: $year) {
      id
      agency
      throughYear
      byYear {
        id
        year
        designatedProducts
        procurementGenerated
        purchaseCount
      }
    }
    leadBuyers(first: 20) {
      totalCount
      nodes {
        id
        name
        nameEn
        abbreviation
        leadBuyer {
          id
          declaredOn
        }
        purchaseTarget(year: $year) {
          id
          year
          targetAmount
          achievedAmount
          achievementRate
        }
      }
    }
    upcomingEvents: events(filter: { from: $from }, first: 8) {
      totalCount
      nodes {
        id
        title
        titleEn
        kind
        venue
        city
        startsAt
        endsAt
        requested: consultationMeetings(status: REQUESTED, first: 20) {
          totalCount
          nodes {
            ...UpcomingMeeting
          }
        }
        confirmed: consultationMeetings(status: CONFIRMED, first: 20) {
          totalCount
          nodes {
            ...UpcomingMeeting
          }
        }
      }
    }
  }

  fragment UpcomingMeeting on ConsultationMeeting {
    id
    status
    slot {
      startsAt
      endsAt
    }
    product {
      id
      name
      nameEn
    }
    institution {
      id
      name
      abbreviation
    }
  }
`;

export interface AnnualFigures {
  year: number;
  designatedProducts: number;
  procurementGenerated: number | null;
  purchaseCount: number | null;
}

export interface LeadBuyer {
  id: string;
  name: string;
  nameEn: string;
  abbreviation: string | null;
  leadBuyer: { declaredOn: string } | null;
  purchaseTarget: { id: string; year: number; targetAmount: number; achievedAmount: number; achievementRate: number } | null;
}

export interface Meeting {
  id: string;
  status: "REQUESTED" | "CONFIRMED" | "HELD" | "CANCELLED";
  slot: { startsAt: string; endsAt: string };
  product: { id: string; name: string; nameEn: string } | null;
  institution: { id: string; name: string; abbreviation: string | null } | null;
}

export interface UpcomingEvent {
  id: string;
  title: string;
  titleEn: string;
  kind: "EXHIBITION" | "CONSULTATION_FAIR" | "PROCUREMENT_BRIEFING";
  venue: string;
  city: string;
  startsAt: string;
  endsAt: string;
  /** Meetings not yet held: requested, and confirmed. */
  requested: { totalCount: number; nodes: Meeting[] };
  confirmed: { totalCount: number; nodes: Meeting[] };
}

/** The answer's data; a part may be null when the subgraph that owns it could not answer (SERVICE_UNAVAILABLE). */
export interface ProgramDashboardData {
  figures: {
    agency: string;
    throughYear: number;
    designatedProducts: number;
    procurementGenerated: number | null;
    purchaseCount: number | null;
  } | null;
  perYear: { agency: string; throughYear: number; byYear: AnnualFigures[] } | null;
  leadBuyers: { totalCount: number; nodes: LeadBuyer[] } | null;
  upcomingEvents: { totalCount: number; nodes: UpcomingEvent[] } | null;
}

/** The operation's variables for the chosen agency and day: figures through the last complete year, targets of the day's year. */
export function programDashboardVariables(settings: Settings) {
  const year = Number(settings.asOf.slice(0, 4));
  return { agency: settings.agency, lastCompleteYear: year - 1, year, from: `${settings.asOf}T00:00:00+09:00` };
}
