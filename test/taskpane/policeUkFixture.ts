/**
 * A small hand-made police.uk street-level extract for the pane's tests: two financial
 * years (Apr 2023 to Mar 2025) of a fictional force with two districts. Every month,
 * Alpha has 3 burglaries and 1 ASB incident and Beta has 2 burglaries: 6 rows a month,
 * 144 rows in all.
 */
export const POLICE_UK_HEADER =
  "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

export function fixtureMonths(): string[] {
  const months: string[] = [];
  for (let i = 0; i < 24; i++) {
    const year = 2023 + Math.floor((3 + i) / 12);
    const month = ((3 + i) % 12) + 1;
    months.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return months;
}

export function policeUkCsv(): string {
  const lines = [POLICE_UK_HEADER];
  let id = 0;
  const row = (month: string, district: string, type: string) => {
    const crimeId = type === "Anti-social behaviour" ? "" : `c${String(++id).padStart(6, "0")}`;
    const outcome = crimeId ? "Under investigation" : "";
    return `${crimeId},${month},Test Police,Test Police,-2.9,53.4,On or near High Street,E01000001,${district} 001A,${type},${outcome},`;
  };
  for (const month of fixtureMonths()) {
    for (let i = 0; i < 3; i++) lines.push(row(month, "Alpha", "Burglary"));
    lines.push(row(month, "Alpha", "Anti-social behaviour"));
    for (let i = 0; i < 2; i++) lines.push(row(month, "Beta", "Burglary"));
  }
  return lines.join("\n") + "\n";
}

/** A file as the pane's file input gives it. */
export function textFile(name: string, text: string): File {
  return new File([text], name);
}
