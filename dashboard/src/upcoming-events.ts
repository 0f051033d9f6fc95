import { bilingual, dataTable, el, type Child } from "./dom.js";
import { formatCount, formatDateTime } from "./format.js";
import type { Meeting, ProgramDashboardData, UpcomingEvent } from "./operation.js";

const KINDS: Record<UpcomingEvent["kind"], [string, string]> = {
  EXHIBITION: ["전시회", "Exhibition"],
  CONSULTATION_FAIR: ["구매상담회", "Consultation fair"],
  PROCUREMENT_BRIEFING: ["설명회", "Briefing"],
};

const STATUSES: Record<Meeting["status"], [string, string]> = {
  REQUESTED: ["신청", "Requested"],
  CONFIRMED: ["확정", "Confirmed"],
  HELD: ["진행됨", "Held"],
  CANCELLED: ["취소", "Cancelled"],
};

/** How many of the coming meetings the table lists. */
const MEETINGS_SHOWN = 12;

/**
 * Fairs and briefings that have not ended by the day, and the consultation meetings still to come at them
 * (requested or confirmed, in a slot from the day on), earliest first.
 */
export function createUpcomingEvents(section: HTMLElement) {
  const eventsSlot = el("div", { class: "table-wrap" });
  const meetingsSlot = el("div", { class: "table-wrap" });
  section.append(eventsSlot, meetingsSlot);

  return {
    update({ upcomingEvents }: ProgramDashboardData, from: string) {
      const events = upcomingEvents?.nodes ?? [];
      eventsSlot.replaceChildren(
        dataTable(
          bilingual("다가오는 행사", "Upcoming events"),
          [
            { korean: "행사", english: "Event" },
            { korean: "종류", english: "Kind" },
            { korean: "일시", english: "When" },
            { korean: "장소", english: "Where" },
            { korean: "상담 확정", english: "Confirmed meetings", numeric: true },
            { korean: "상담 신청", english: "Requested meetings", numeric: true },
          ],
          events.map((event) => ({
            attributes: { "data-event": event.id },
            cells: [
              bilingual(event.title, event.titleEn),
              bilingual(...KINDS[event.kind]),
              `${formatDateTime(event.startsAt)} – ${formatDateTime(event.endsAt)}`,
              `${event.venue}, ${event.city}`,
              formatCount(event.confirmed.totalCount),
              formatCount(event.requested.totalCount),
            ],
          })),
          bilingual("예정된 행사가 없습니다", "No upcoming events"),
        ),
      );
      const coming = events
        .flatMap((event) => [...event.confirmed.nodes, ...event.requested.nodes].map((meeting) => ({ event, meeting })))
        .filter(({ meeting }) => Date.parse(meeting.slot.startsAt) >= Date.parse(from))
        .sort((a, b) => Date.parse(a.meeting.slot.startsAt) - Date.parse(b.meeting.slot.startsAt))
        .slice(0, MEETINGS_SHOWN);
      meetingsSlot.replaceChildren(
        dataTable(
          bilingual("다가오는 구매상담", "Upcoming consultation meetings"),
          [
            { korean: "일시", english: "Slot" },
            { korean: "행사", english: "Event" },
            { korean: "제품", english: "Product" },
            { korean: "구매기관", english: "Buyer" },
            { korean: "상태", english: "Status" },
          ],
          coming.map(({ event, meeting }) => ({
            attributes: { "data-meeting": meeting.id },
            cells: [
              formatDateTime(meeting.slot.startsAt),
              event.title,
              productName(meeting),
              buyerName(meeting),
              bilingual(...STATUSES[meeting.status]),
            ],
          })),
          bilingual("예정된 구매상담이 없습니다", "No upcoming consultation meetings"),
        ),
      );
    },
  };
}

const productName = (meeting: Meeting): Child[] => (meeting.product ? bilingual(meeting.product.name, meeting.product.nameEn) : ["—"]);

const buyerName = (meeting: Meeting): Child[] => (meeting.institution ? [meeting.institution.name] : ["—"]);
