/**
 * A force's records export, as a council analyst would map it: two financial years
 * (Apr 2023 to Mar 2025), two wards, and two flag columns. Every month:
 *   North: Assaults, of which some are flagged domestic abuse ("Y"): 2 assaults with 1 flagged
 *          in 2023/24, 3 assaults with 2 flagged in 2024/25; and 1 Theft, unflagged.
 *   South: 1 Assault flagged hate crime ("Y"), not domestic abuse ("N").
 * So North's domestic abuse is 12 in 2023/24 and 24 in 2024/25 (up 100%); its crime 36 then 48.
 */
import { fixtureMonths } from "./policeUkFixture";

export const FORCE_LOG_HEADER = ["Ref", "Date", "Ward", "Offence", "DA flag", "Hate flag"];

export function forceLogRows(): string[][] {
  const rows: string[][] = [FORCE_LOG_HEADER];
  let ref = 0;
  const row = (date: string, ward: string, offence: string, da: string, hate: string) =>
    rows.push([`R${++ref}`, date, ward, offence, da, hate]);
  fixtureMonths().forEach((month, i) => {
    const date = `${month}-15`;
    const later = i >= 12;
    const assaults = later ? 3 : 2;
    const flagged = later ? 2 : 1;
    for (let a = 0; a < assaults; a++) row(date, "North", "Assault", a < flagged ? "Y" : "N", "N");
    row(date, "North", "Theft", "N", "N");
    row(date, "South", "Assault", "N", "Y");
  });
  return rows;
}

export function forceLogCsv(): string {
  return (
    forceLogRows()
      .map((r) => r.join(","))
      .join("\n") + "\n"
  );
}
