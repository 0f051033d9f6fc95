/** Numbers and dates as people in Korea read them (Intl, ko-KR; times in Korea Standard Time). */
const won = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" });
const whole = new Intl.NumberFormat("ko-KR");
const oneDecimal = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("ko-KR", { style: "percent", maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("ko-KR", { notation: "compact", maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", dateStyle: "medium", timeStyle: "short" });
const time = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", timeStyle: "medium" });
const isoDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit" });

/** Whole won with every digit: ₩518,600,000,000. */
export const formatWon = (amount: number): string => won.format(amount);

/** A count: 313, 1,204. */
export const formatCount = (count: number): string => whole.format(count);

/** A rate given as a fraction: 0.459 → 45.9%. */
export const formatRate = (rate: number): string => percent.format(rate);

/** Axis ticks: 5186억. */
export const formatCompact = (value: number): string => compact.format(value);

const KOREAN_UNITS: ReadonlyArray<[number, string]> = [
  [1e12, "조"],
  [1e8, "억"],
  [1e4, "만"],
];

/** An amount in Korean units, as a headline reads it: 5,186억 원, 45.9억 원. */
export function formatWonInKoreanUnits(amount: number): string {
  for (const [size, unit] of KOREAN_UNITS) {
    if (Math.abs(amount) >= size) return `${oneDecimal.format(amount / size)}${unit} 원`;
  }
  return `${whole.format(amount)}원`;
}

/** An instant in Korea: 2025. 11. 19. 오전 10:00. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** The time of day in Korea, to the second: 오후 3:04:05. */
export const formatTime = (at: Date): string => time.format(at);

/** Today's date in Korea, as YYYY-MM-DD. */
export const todayInKorea = (): string => isoDate.format(new Date());
