// The chosen units that the compare matrix could not include, and why — never a silent drop. The service lists them
// (`compare.missing`, with a MissingReason code); for a disclosure without financial tables the page adds the budget
// that its 部门整体绩效目标表 states (from DashboardChoices), so the reader still sees the unit's figure.
import type { CompareSubjectsQuery, DashboardChoicesQuery } from './generated/graphql';
import { amount } from './format';

export type ChoiceUnit = NonNullable<NonNullable<DashboardChoicesQuery['units']>['nodes']>[number];

export type MissingUnit = CompareSubjectsQuery['compare']['missing'][number];

/** The units of DashboardChoices (the connection and its nodes are nullable in the schema). */
export function unitsOf(choices: DashboardChoicesQuery | null): ChoiceUnit[] {
  return choices?.units?.nodes ?? [];
}

/** The service's reason, plus the budget stated in the overall performance table when there is no functional table. */
export function explain(missing: MissingUnit, units: ReadonlyArray<ChoiceUnit>): string {
  if (missing.reasonCode !== 'NO_FUNCTIONAL_TABLE') return missing.reason;
  const budget = units.find((unit) => unit.slug === missing.unitSlug)?.budgets.find((b) => b.year === missing.year);
  const stated = budget?.overallPerformance.budgetAmount;
  return stated === null || stated === undefined
    ? missing.reason
    : `${missing.reason} Its 部门整体绩效目标表 states a budget of ${amount(stated)} 万元.`;
}
