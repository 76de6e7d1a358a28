/**
 * Under "Automatic", which basis the last run used and why, in the analyst's words:
 * "Last run: calendar years. They compare 4 months with a year earlier; financial
 * years compare 1 and rolling 12-month periods 4." The figures are the engine's
 * (Assessment.basis); this only words them.
 */
import type { BasisChoice, PeriodBasis } from "../../engine/assessment/settings";
import { BASES, basisName, type BasisDecision } from "../../engine/measures/basis";

const months = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/** Null unless the choice is Automatic and a run has decided. */
export function explainBasis(choice: BasisChoice, decision: BasisDecision | null): string | null {
  if (choice !== "auto" || decision === null) return null;
  const { used, monthsCompared } = decision;
  const lead = `Last run: ${basisName(used)}.`;
  // "auto" yields to the basis the targets are written in (the engine's "fixed" basis).
  if (decision.how === "chosen") return `${lead} The targets are written in ${basisName(used)}, so the run used them.`;
  const others = BASES.filter((b) => b !== used);
  if (monthsCompared[used] === 0) {
    return `${lead} No basis can compare a month with the same month a year earlier yet, so the default is used.`;
  }
  const rest = others.map((b, i) => `${basisName(b)} ${i === 0 ? "compare " : ""}${monthsCompared[b]}`);
  const tie = others.some((b) => monthsCompared[b] === monthsCompared[used]) ? ` ${tieRule(used)}` : "";
  return `${lead} They compare ${months(monthsCompared[used])} with a year earlier; ${rest.join(" and ")}.${tie}`;
}

/** The engine's tie rule (measures/basis.ts): the more recent complete year, then financial before calendar. */
function tieRule(used: PeriodBasis): string {
  return `On a tie, the basis whose latest complete year is the more recent is used (${basisName(BASES[0])} before ${basisName(BASES[1])} when they end together), so ${basisName(used)} were used.`;
}
