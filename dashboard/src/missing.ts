// The chosen units that the compare matrix could not include, and why — never a silent drop.
// Worked out on the page from DashboardChoices (which budgets exist, whether their disclosure has financial tables)
// until the service's compare result carries `missing { unitSlug reasonCode reason }` itself (issue 12, item 1); the
// reason codes are the service's MissingReason names.
import type { CompareSubjectsQuery, DashboardChoicesQuery } from './generated/graphql';
import { amount } from './format';
import type { Selection } from './selection';

export type ChoiceUnit = NonNullable<NonNullable<DashboardChoicesQuery['units']>['nodes']>[number];

/** The units of DashboardChoices (the connection and its nodes are nullable in the schema). */
export function unitsOf(choices: DashboardChoicesQuery | null): ChoiceUnit[] {
  return choices?.units?.nodes ?? [];
}

export type MissingReason = 'NO_BUDGET_FOR_YEAR' | 'NO_FUNCTIONAL_TABLE' | 'NO_MATCHING_SUBJECT';

export interface MissingUnit {
  unitSlug: string;
  unitShortName: string;
  year: number | null;
  reasonCode: MissingReason;
  reason: string;
}

export function missingUnits(
  selection: Selection,
  units: ReadonlyArray<ChoiceUnit>,
  rows: CompareSubjectsQuery['compare'],
  subjectName: string | null,
): MissingUnit[] {
  const missing: MissingUnit[] = [];
  const what = selection.subject ? `subject ${selection.subject}${subjectName ? ` ${subjectName}` : ''}` : `any subject of this level`;
  for (const unit of units.filter((u) => selection.units.includes(u.slug))) {
    const budgets = unit.budgets.filter((budget) => selection.year === null || budget.year === selection.year);
    if (budgets.length === 0) {
      missing.push({
        unitSlug: unit.slug, unitShortName: unit.shortName, year: selection.year, reasonCode: 'NO_BUDGET_FOR_YEAR',
        reason: `No budget disclosure for ${selection.year ?? 'any year'} (it has ${unit.budgets.map((b) => b.year).join(', ') || 'none'}).`,
      });
      continue;
    }
    for (const budget of budgets) {
      if (rows.some((row) => row.unitSlug === unit.slug && row.year === budget.year)) continue;
      if (budget.totals.expenditure === null || budget.totals.expenditure === undefined) {
        const stated = budget.overallPerformance.budgetAmount;
        missing.push({
          unitSlug: unit.slug, unitShortName: unit.shortName, year: budget.year, reasonCode: 'NO_FUNCTIONAL_TABLE',
          reason: 'Its disclosure has no functional-subject tables (only performance tables)' +
            (stated !== null && stated !== undefined ? `; its 部门整体绩效目标表 states a budget of ${amount(stated)} 万元.` : '.'),
        });
      } else {
        missing.push({
          unitSlug: unit.slug, unitShortName: unit.shortName, year: budget.year, reasonCode: 'NO_MATCHING_SUBJECT',
          reason: `Its 表二 has no line for ${what}.`,
        });
      }
    }
  }
  return missing;
}
