// The 18-character resident identity number of GB 11643-1999, checked as the server's
// IdCardNumber.cs does: 17 digits with a real birth date at 7–14 and an ISO 7064 MOD 11-2 check
// character (0–9 or X).

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export type IdCardProblem = 'idCardLength' | 'idCardDigits' | 'idCardBirth' | 'idCardCheck';

/** The check character for the first 17 digits. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * weights[i];
  return checkCharacters[sum % 11];
}

/** Null when the number is valid, else what is wrong. */
export function checkIdCard(value: string): IdCardProblem | null {
  if (value.length !== 18) return 'idCardLength';
  if (!/^\d{17}$/.test(value.slice(0, 17))) return 'idCardDigits';
  if (!isRealDate(value.slice(6, 10), value.slice(10, 12), value.slice(12, 14))) return 'idCardBirth';
  return value[17].toUpperCase() === idCardCheckCharacter(value) ? null : 'idCardCheck';
}

/** Whether year, month and day (digit strings) name a real date; year 0 is not one. */
export function isRealDate(year: string, month: string, day: string): boolean {
  const y = Number(year), m = Number(month), d = Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= daysInMonth;
}
