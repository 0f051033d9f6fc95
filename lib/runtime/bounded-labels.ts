/**
 * A label whose values come from callers (operation names, error codes), kept to a bounded number of
 * series: the first `limit` distinct values this process sees keep their own label value, every later
 * one is counted as `other`. A Prometheus series per value a client invents would grow without end.
 */
export const OTHER_LABEL = "other";

export function boundedLabel(limit: number, maxLength = 100): (value: string) => string {
  const known = new Set<string>();
  return (value) => {
    if (known.has(value)) return value;
    if (known.size >= limit || value.length > maxLength) return OTHER_LABEL;
    known.add(value);
    return value;
  };
}
