/**
 * The seasonal profile: how each calendar month compares with an average month.
 * Index 100 = an average month; 130 = 30% above. Missing months are left out,
 * never read as zero.
 */
import { monthOf } from "../extracts/crimeTable";

/** counts: one count per month index in `months`. Returns 12 indexes (Jan..Dec), null where no data. */
export function seasonalIndex(months: readonly number[], counts: readonly number[]): (number | null)[] {
  const sums = new Array<number>(12).fill(0);
  const seen = new Array<number>(12).fill(0);
  months.forEach((m, i) => {
    sums[monthOf(m) - 1] += counts[i];
    seen[monthOf(m) - 1] += 1;
  });
  const total = counts.reduce((a, b) => a + b, 0);
  const overallMean = months.length ? total / months.length : 0;
  return sums.map((sum, i) => (seen[i] === 0 || overallMean === 0 ? null : (sum / seen[i] / overallMean) * 100));
}

/**
 * The share of a year's total expected in the given months, from the seasonal
 * index (months without an index count as average). Used to pro-rate in-year milestones.
 */
export function seasonalFraction(index: readonly (number | null)[], months: readonly number[]): number {
  const weight = (calendarMonth: number) => index[calendarMonth - 1] ?? 100;
  const year = index.reduce<number>((sum, _, i) => sum + weight(i + 1), 0);
  const part = months.reduce((sum, m) => sum + weight(monthOf(m)), 0);
  return year === 0 ? months.length / 12 : part / year;
}

/** A full-year figure pro-rated to some months: the share of the year the profile expects in them. */
export function proRate(fullYear: number, index: readonly (number | null)[], months: readonly number[]): number {
  return months.length >= 12 ? fullYear : fullYear * seasonalFraction(index, months);
}
