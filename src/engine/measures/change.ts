/** Year-on-year (or multi-year) change between two counts. */

export interface Change {
  previous: number;
  current: number;
  /** current - previous */
  change: number;
  /** (current - previous) / previous x 100; null when previous is 0 (see `isNew`). */
  changePct: number | null;
  /** Previous was 0 and current is not: there is no percentage, the category is "new". */
  isNew: boolean;
}

export function change(previous: number, current: number): Change {
  return {
    previous,
    current,
    change: current - previous,
    changePct: previous === 0 ? null : ((current - previous) / previous) * 100,
    isNew: previous === 0 && current > 0,
  };
}
