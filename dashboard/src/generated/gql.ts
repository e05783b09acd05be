/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CompareSubjects($subjectCodes: [String!], $unitSlugs: [String!], $years: [Int!], $level: SubjectLevel) {\n  compare(\n    subjectCodes: $subjectCodes\n    unitSlugs: $unitSlugs\n    years: $years\n    level: $level\n  ) {\n    unitSlug\n    unitShortName\n    year\n    code\n    name\n    level\n    total\n    basic\n    project\n    shareOfUnitExpenditure\n    rank\n  }\n}": typeof types.CompareSubjectsDocument,
    "query DashboardChoices {\n  units(first: 50, order: [{slug: ASC}]) {\n    nodes {\n      slug\n      shortName\n      district {\n        name\n      }\n      budgets {\n        year\n        totals {\n          expenditure\n        }\n        overallPerformance {\n          budgetAmount\n        }\n      }\n    }\n  }\n  subjects(where: {classification: {eq: FUNCTIONAL}}, order: [{code: ASC}]) {\n    code\n    name\n    level\n  }\n}": typeof types.DashboardChoicesDocument,
    "query ExpenditureAggregate($by: AggregateDimension!, $level: SubjectLevel, $where: BudgetFilterInput) {\n  expenditureAggregate(by: $by, level: $level, where: $where) {\n    key\n    label\n    sum\n    count\n    min\n    max\n  }\n}": typeof types.ExpenditureAggregateDocument,
    "query IndicatorTargets($nameContains: String!, $unitSlugs: [String!], $years: [Int!]) {\n  indicatorComparison(\n    nameContains: $nameContains\n    unitSlugs: $unitSlugs\n    years: $years\n  ) {\n    unitSlug\n    unitShortName\n    year\n    projectName\n    name\n    operator\n    numericTarget\n    textTarget\n    unitOfMeasure\n    isCore\n  }\n}": typeof types.IndicatorTargetsDocument,
};
const documents: Documents = {
    "query CompareSubjects($subjectCodes: [String!], $unitSlugs: [String!], $years: [Int!], $level: SubjectLevel) {\n  compare(\n    subjectCodes: $subjectCodes\n    unitSlugs: $unitSlugs\n    years: $years\n    level: $level\n  ) {\n    unitSlug\n    unitShortName\n    year\n    code\n    name\n    level\n    total\n    basic\n    project\n    shareOfUnitExpenditure\n    rank\n  }\n}": types.CompareSubjectsDocument,
    "query DashboardChoices {\n  units(first: 50, order: [{slug: ASC}]) {\n    nodes {\n      slug\n      shortName\n      district {\n        name\n      }\n      budgets {\n        year\n        totals {\n          expenditure\n        }\n        overallPerformance {\n          budgetAmount\n        }\n      }\n    }\n  }\n  subjects(where: {classification: {eq: FUNCTIONAL}}, order: [{code: ASC}]) {\n    code\n    name\n    level\n  }\n}": types.DashboardChoicesDocument,
    "query ExpenditureAggregate($by: AggregateDimension!, $level: SubjectLevel, $where: BudgetFilterInput) {\n  expenditureAggregate(by: $by, level: $level, where: $where) {\n    key\n    label\n    sum\n    count\n    min\n    max\n  }\n}": types.ExpenditureAggregateDocument,
    "query IndicatorTargets($nameContains: String!, $unitSlugs: [String!], $years: [Int!]) {\n  indicatorComparison(\n    nameContains: $nameContains\n    unitSlugs: $unitSlugs\n    years: $years\n  ) {\n    unitSlug\n    unitShortName\n    year\n    projectName\n    name\n    operator\n    numericTarget\n    textTarget\n    unitOfMeasure\n    isCore\n  }\n}": types.IndicatorTargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompareSubjects($subjectCodes: [String!], $unitSlugs: [String!], $years: [Int!], $level: SubjectLevel) {\n  compare(\n    subjectCodes: $subjectCodes\n    unitSlugs: $unitSlugs\n    years: $years\n    level: $level\n  ) {\n    unitSlug\n    unitShortName\n    year\n    code\n    name\n    level\n    total\n    basic\n    project\n    shareOfUnitExpenditure\n    rank\n  }\n}"): typeof import('./graphql').CompareSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardChoices {\n  units(first: 50, order: [{slug: ASC}]) {\n    nodes {\n      slug\n      shortName\n      district {\n        name\n      }\n      budgets {\n        year\n        totals {\n          expenditure\n        }\n        overallPerformance {\n          budgetAmount\n        }\n      }\n    }\n  }\n  subjects(where: {classification: {eq: FUNCTIONAL}}, order: [{code: ASC}]) {\n    code\n    name\n    level\n  }\n}"): typeof import('./graphql').DashboardChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpenditureAggregate($by: AggregateDimension!, $level: SubjectLevel, $where: BudgetFilterInput) {\n  expenditureAggregate(by: $by, level: $level, where: $where) {\n    key\n    label\n    sum\n    count\n    min\n    max\n  }\n}"): typeof import('./graphql').ExpenditureAggregateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorTargets($nameContains: String!, $unitSlugs: [String!], $years: [Int!]) {\n  indicatorComparison(\n    nameContains: $nameContains\n    unitSlugs: $unitSlugs\n    years: $years\n  ) {\n    unitSlug\n    unitShortName\n    year\n    projectName\n    name\n    operator\n    numericTarget\n    textTarget\n    unitOfMeasure\n    isCore\n  }\n}"): typeof import('./graphql').IndicatorTargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
