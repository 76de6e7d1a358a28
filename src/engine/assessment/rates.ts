/**
 * Rates per 1,000 residents for every district (or partnership) of the region and
 * every category, in the lead period. A partial lead period is annualised (count
 * x 12 / months) and says so; a district the population table does not name gets
 * no rate (n/a).
 */
import { describeMonthSpans, isComplete } from "../measures/periods";
import type { RegionUnit } from "../measures/region";
import type { AssessContext } from "./context";
import { annualFactor, residentsOf } from "./population";
import type { RateFigures } from "./types";

export function rateFigures(ctx: AssessContext, leadLabel: string): RateFigures | null {
  const population = ctx.settings.population;
  if (!population) return null;
  const factor = annualFactor(ctx.lead);
  const months = ctx.lead.months;
  const perThousand = (count: number, residents: number | null) =>
    residents ? ((count * factor) / residents) * 1000 : null;
  const districts = ctx.region.units.map((u) => {
    const residents = unitPopulation(ctx, u);
    return {
      district: u.name,
      isArea: u.isArea,
      population: residents,
      rates: ctx.categories.map((c) => perThousand(ctx.count(u.districts, c, months), residents)),
    };
  });
  const missing = districts.filter((d) => d.population === null).map((d) => d.district);
  const regionPopulation = missing.length ? null : districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  return {
    populationYear: population.year,
    period: leadLabel,
    annualisedFrom: isComplete(ctx.lead) ? null : describeMonthSpans(months),
    categories: ctx.categories,
    districts,
    region: {
      population: regionPopulation,
      rates: ctx.categories.map((c) => perThousand(ctx.count(ctx.region.districts, c, months), regionPopulation)),
    },
    missing,
  };
}

/**
 * A unit's residents (population.ts residentsOf): a district's own figure; a
 * partnership's from its districts in the ONS lookup; null otherwise.
 */
export function unitPopulation(ctx: AssessContext, unit: RegionUnit): number | null {
  const parts = unit.districts.map((d) => ctx.cube.districts[d]);
  return residentsOf(ctx.settings.population, unit.name, unit.kind, parts).value;
}
