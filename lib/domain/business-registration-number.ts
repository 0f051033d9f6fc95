/**
 * Korean business registration numbers (사업자등록번호), `123-45-67890`: 3 digits for the tax office,
 * 2 for the kind of business, 4 serial digits and a check digit. The National Tax Service's checksum
 * catches most mistyped numbers, so the products subgraph refuses a company whose number fails it
 * rather than storing a company no one can match to its tax records; the seed generator makes its
 * numbers with the same code, so seeded companies always pass.
 */

const FORMAT = /^(\d{3})-(\d{2})-(\d{5})$/;
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5];

function checkDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * WEIGHTS[i];
  // The ninth digit counts twice: once weighted by 5, and again as the tens of that product.
  sum += Math.floor((Number(firstNine[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/** Whether `value` is formatted `123-45-67890` and its last digit is the checksum of the other nine. */
export function isValidBusinessRegistrationNumber(value: string): boolean {
  const match = FORMAT.exec(value);
  if (!match) return false;
  const digits = match[1] + match[2] + match[3];
  return checkDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** The full, formatted number for nine leading digits (`"123456789"` → `"123-45-67891"`). */
export function businessRegistrationNumber(firstNineDigits: string): string {
  if (!/^\d{9}$/.test(firstNineDigits))
    throw new RangeError(`a business registration number starts with nine digits; got "${firstNineDigits}"`);
  const digits = firstNineDigits + checkDigit(firstNineDigits);
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}
