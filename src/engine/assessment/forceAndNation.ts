/**
 * The area's rate per 1,000 beside its force's and England and Wales', for each
 * category (and priority), in the lead period. Given only where the data hold
 * every area of England and Wales, as the Home Office tables by CSP do: at least
 * NATIONAL_COVERAGE of the ONS lookup's partnerships (a release may name a few
 * partnerships as they were before a merger). Each rate is the count over the
 * areas with a population / their residents, so numerator and denominator cover
 * the same areas; the areas left out for want of a population are listed.
 */
import { LOOKUP_NAME, onsLookup } from "../lookups/onsLookup";
import { partnershipsFirst } from "../measures/area";
import { describeMonthSpans, isComplete, periodLabel } from "../measures/periods";
import { partnershipsOf, placesOf } from "../measures/places";
import { UNASSIGNED } from "../measures/region";
import type { AssessContext } from "./context";
import { annualFactor, residentsOf } from "./population";
import type { ForceAndNationFigures } from "./types";

/** Share of the lookup's partnerships the data must hold for force and national rates. */
export const NATIONAL_COVERAGE = 0.9;
export const ENGLAND_AND_WALES = "England and Wales";

interface RatedUnit {
  name: string;
  districts: number[];
  residents: number | null;
  problem: string | null;
}

export function forceAndNation(ctx: AssessContext): ForceAndNationFigures {
  const { table } = ctx.read;
  const places = placesOf(table, partnershipsFirst(ctx.read));
  const covered = new Set(places.flatMap((p) => partnershipsOf(p).map((q) => q.code)));
  const inLookup = onsLookup().partnerships.length;
  const population = ctx.settings.population;
  const holdsEveryArea = covered.size >= NATIONAL_COVERAGE * inLookup;
  const rate = (units: RatedUnit[]) => unitsRate(ctx, units);
  const forceUnits = ctx.region.units.map((u) => rated(ctx, u.name, u.districts, u.kind));
  const nationUnits = table.districts.flatMap((name, d) =>
    UNASSIGNED.test(name) ? [] : [rated(ctx, name, [d], places[d]?.kind ?? "district")],
  );
  const withPopulation = (units: RatedUnit[]) => units.filter((u) => u.residents !== null);
  const without = (units: RatedUnit[]) =>
    units.filter((u) => u.residents === null).map((u) => ({ name: u.name, problem: u.problem ?? "" }));
  const problem = !holdsEveryArea
    ? `The data hold ${covered.size} of the ${inLookup} partnerships of England and Wales in ${LOOKUP_NAME}, so they do not hold every area: force and England and Wales rates need at least ${NATIONAL_COVERAGE * 100}% of them (a Home Office table by CSP holds them all).`
    : !population
      ? "Force and England and Wales rates need a population table."
      : null;
  const area = rated(ctx, ctx.areaName, ctx.areaDistricts, ctx.region.units.find((u) => u.isArea)?.kind ?? "district");
  return {
    holdsEveryArea,
    partnershipsPresent: covered.size,
    partnershipsInLookup: inLookup,
    force: ctx.region.force,
    period: periodLabel(ctx.lead),
    annualisedFrom: isComplete(ctx.lead) ? null : describeMonthSpans(ctx.lead.months),
    populationYear: population?.year ?? null,
    forceAreas: withPopulation(forceUnits).map((u) => u.name),
    forceWithoutPopulation: without(forceUnits),
    nationAreas: withPopulation(nationUnits).map((u) => u.name),
    nationWithoutPopulation: without(nationUnits),
    forcePopulation: total(withPopulation(forceUnits)),
    nationPopulation: total(withPopulation(nationUnits)),
    leftOut: table.districts.filter((name) => UNASSIGNED.test(name)),
    problem,
    rows: problem
      ? []
      : ctx.categories.map((category) => ({
          category,
          area: rate([area])(category),
          force: rate(forceUnits)(category),
          nation: rate(nationUnits)(category),
        })),
  };
}

function rated(ctx: AssessContext, name: string, districts: number[], kind: "district" | "partnership"): RatedUnit {
  const parts = districts.map((d) => ctx.cube.districts[d]);
  const residents = residentsOf(ctx.settings.population, name, kind, parts);
  return { name, districts, residents: residents.value, problem: residents.problem };
}

function total(units: RatedUnit[]): number | null {
  return units.length ? units.reduce((sum, u) => sum + u.residents!, 0) : null;
}

/** Per 1,000 over the units with a population (annualised for a partial period); null when none has one. */
function unitsRate(ctx: AssessContext, units: RatedUnit[]): (category: string) => number | null {
  const counted = units.filter((u) => u.residents !== null);
  const residents = total(counted);
  const districts = counted.flatMap((u) => u.districts);
  return (category) =>
    residents ? ((ctx.count(districts, category, ctx.lead.months) * annualFactor(ctx.lead)) / residents) * 1000 : null;
}
