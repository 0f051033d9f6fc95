import { badUserInput } from "../runtime/errors.js";

/** The innovative-product designation program began in 2020; a later year than 2100 is a typo. */
export const PROGRAM_FIRST_YEAR = 2020;
export const LAST_YEAR = 2100;

/** The earliest year a read may filter on. */
const FIRST_READABLE_YEAR = 2000;

const within = (year: number, first: number): boolean => Number.isInteger(year) && year >= first && year <= LAST_YEAR;

/**
 * A year a write records something in (a round, a program, a purchase target): from the program's
 * first year to LAST_YEAR. `refusal` is the sentence the caller reads; each write keeps its own.
 */
export function requireProgramYear(
  year: number,
  field: string,
  refusal = `The year must be between ${PROGRAM_FIRST_YEAR} (when the program began) and ${LAST_YEAR}.`,
): number {
  if (!within(year, PROGRAM_FIRST_YEAR)) throw badUserInput(refusal, field);
  return year;
}

/** A year a read filters on; anything else is a typo worth telling the caller about. */
export function requireYear(year: number, field: string): number {
  if (!within(year, FIRST_READABLE_YEAR)) {
    throw badUserInput(`${field} must be a year from ${FIRST_READABLE_YEAR} to ${LAST_YEAR}; got ${year}.`, field);
  }
  return year;
}
