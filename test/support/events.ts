/**
 * Consultation fairs that write tests book meetings into. Each fair gets days of its own: windows of
 * three days from 2031-01-05 on, one counter for the whole run, so fairs made by different tests or
 * files never share a day, and all are years after the seeded meetings (2024–2025). A booking in one
 * therefore never meets another test's bookings of the same products or institutions.
 */
let windows = 0;

export interface FairOptions {
  /** Words before the date in the title, Korean and English: e.g. ["상담회", "Consultation fair"]. */
  title: [string, string];
  venue: string;
  city: string;
  capacity: number | null;
  /** One day, or two: the first and the next, each 09:00–18:00 KST. */
  days: 1 | 2;
}

/** A CreateEventInput in a window of its own, with its first day (`date`) and its second (`next`). */
export function consultationFairInput(options: FairOptions) {
  const day = new Date(Date.UTC(2031, 0, 5 + 3 * windows++));
  const date = day.toISOString().slice(0, 10);
  const next = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
  const input = {
    title: `${options.title[0]} ${date}`,
    titleEn: `${options.title[1]} ${date}`,
    kind: "CONSULTATION_FAIR",
    venue: options.venue,
    city: options.city,
    startsAt: `${date}T09:00:00+09:00`,
    endsAt: `${options.days === 2 ? next : date}T18:00:00+09:00`,
    organizer: "KEIT",
    capacity: options.capacity,
  };
  return { input, date, next };
}
