/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What expenditure is grouped by (汇总维度), like OpenSpending's drilldowns. */
export type AggregateDimension =
  /** By district (区). */
  | 'DISTRICT'
  /** By functional subject code (功能分类科目) at the chosen level. */
  | 'SUBJECT'
  /** By unit (单位). */
  | 'UNIT'
  /** By fiscal year (预算年度). */
  | 'YEAR';

/** Conditions on a yes/no field (是否条件). */
export type BooleanOperationFilterInput = {
  /** Equals (等于); null matches a missing value. */
  eq?: boolean | null | undefined;
  /** Does not equal (不等于). */
  neq?: boolean | null | undefined;
};

/** Filter on Budget (部门预算); fields are ANDed, `and`/`or` combine lists of filters. */
export type BudgetFilterInput = {
  /** All of these filters hold (并且). */
  and?: Array<BudgetFilterInput> | null | undefined;
  /** Basic expenditure (基本支出), 万元. */
  basicExpenditure?: DecimalOperationFilterInput | null | undefined;
  /** Carry-over from the previous year (上年结转), 万元. */
  carryOver?: DecimalOperationFilterInput | null | undefined;
  /** Expenditure (支出), 万元, exactly as `totals.expenditure` shows it: the financial tables' 支出合计, or for a disclosure with only performance tables (`totals.source: PERFORMANCE_OVERALL_TABLE`) its 部门整体绩效目标表's 部门支出预算总量; null when the disclosure states neither. */
  expenditure?: DecimalOperationFilterInput | null | undefined;
  /** Total expenditure of the financial tables (支出合计), 万元. A disclosure with only performance tables has none here (null); `expenditure` covers every budget. */
  expenditureTotal?: DecimalOperationFilterInput | null | undefined;
  /** Total income (收入合计), 万元. */
  incomeTotal?: DecimalOperationFilterInput | null | undefined;
  /** Which loader revision read its file (解析版本; `sourceDocument.loaderRevision`), e.g. `{ lt: 3 }` for the budgets an older loader read, served as it read them. */
  loaderRevision?: IntOperationFilterInput | null | undefined;
  /** At least one of these filters holds (或者). */
  or?: Array<BudgetFilterInput> | null | undefined;
  /** 部门支出预算总量 of the 部门整体绩效目标表, 万元; null where the disclosure has no such table. */
  performanceBudget?: DecimalOperationFilterInput | null | undefined;
  /** Government procurement total (政府采购预算), 万元. */
  procurementTotal?: DecimalOperationFilterInput | null | undefined;
  /** Project expenditure (项目支出), 万元. */
  projectExpenditure?: DecimalOperationFilterInput | null | undefined;
  /** The budget's project cards (项目), e.g. { some: { amount: { gt: 1000 } } }. */
  projects?: ListFilterInputTypeOfProjectFilterInput | null | undefined;
  /** The publishing unit (预算单位). */
  unit?: UnitFilterInput | null | undefined;
  /** Fiscal year (预算年度). */
  year?: IntOperationFilterInput | null | undefined;
};

/** Conditions on a decimal field (小数条件); amounts are in 万元 (ten thousand yuan), exact to six decimals; all given conditions must hold. */
export type DecimalOperationFilterInput = {
  /** Equals (等于); null matches a missing value. */
  eq?: number | null | undefined;
  /** Greater than (大于). */
  gt?: number | null | undefined;
  /** Greater than or equal (大于等于). */
  gte?: number | null | undefined;
  /** Equals one of these (属于). */
  in?: Array<number | null | undefined> | null | undefined;
  /** Less than (小于). */
  lt?: number | null | undefined;
  /** Less than or equal (小于等于). */
  lte?: number | null | undefined;
  /** Does not equal (不等于). */
  neq?: number | null | undefined;
  /** Not greater than (不大于). */
  ngt?: number | null | undefined;
  /** Not greater than or equal (不大于等于). */
  ngte?: number | null | undefined;
  /** Equals none of these (不属于). */
  nin?: Array<number | null | undefined> | null | undefined;
  /** Not less than (不小于). */
  nlt?: number | null | undefined;
  /** Not less than or equal (不小于等于). */
  nlte?: number | null | undefined;
};

/** Filter on Indicator (绩效指标); fields are ANDed, `and`/`or` combine lists of filters. */
export type IndicatorFilterInput = {
  /** All of these filters hold (并且). */
  and?: Array<IndicatorFilterInput> | null | undefined;
  /** Whether it is a core indicator (是否核心指标). */
  isCore?: BooleanOperationFilterInput | null | undefined;
  /** First-level indicator (一级指标), e.g. 产出指标. */
  level1?: StringOperationFilterInput | null | undefined;
  /** Second-level indicator (二级指标), e.g. 数量指标. */
  level2?: StringOperationFilterInput | null | undefined;
  /** Third-level indicator (三级指标). */
  level3?: StringOperationFilterInput | null | undefined;
  /** Indicator name (指标名称), e.g. 居民满意率. */
  name?: StringOperationFilterInput | null | undefined;
  /** Numeric target value (指标值). */
  numericTarget?: DecimalOperationFilterInput | null | undefined;
  /** Comparison operator as written (指标性质), e.g. ≥. */
  operator?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds (或者). */
  or?: Array<IndicatorFilterInput> | null | undefined;
  /** The project card; no match for overall-goal indicators (项目). */
  project?: ProjectFilterInput | null | undefined;
  /** Qualitative target (定性指标值), e.g. 良好. */
  textTarget?: StringOperationFilterInput | null | undefined;
  /** The publishing unit (预算单位). */
  unit?: UnitFilterInput | null | undefined;
  /** Unit of measure (计量单位), e.g. %. */
  unitOfMeasure?: StringOperationFilterInput | null | undefined;
  /** Weight in points (指标权重). */
  weight?: DecimalOperationFilterInput | null | undefined;
  /** Fiscal year (预算年度). */
  year?: IntOperationFilterInput | null | undefined;
};

/** Conditions on an integer field (整数条件); all given conditions must hold. */
export type IntOperationFilterInput = {
  /** Equals (等于); null matches a missing value. */
  eq?: number | null | undefined;
  /** Greater than (大于). */
  gt?: number | null | undefined;
  /** Greater than or equal (大于等于). */
  gte?: number | null | undefined;
  /** Equals one of these (属于). */
  in?: Array<number | null | undefined> | null | undefined;
  /** Less than (小于). */
  lt?: number | null | undefined;
  /** Less than or equal (小于等于). */
  lte?: number | null | undefined;
  /** Does not equal (不等于). */
  neq?: number | null | undefined;
  /** Not greater than (不大于). */
  ngt?: number | null | undefined;
  /** Not greater than or equal (不大于等于). */
  ngte?: number | null | undefined;
  /** Equals none of these (不属于). */
  nin?: Array<number | null | undefined> | null | undefined;
  /** Not less than (不小于). */
  nlt?: number | null | undefined;
  /** Not less than or equal (不小于等于). */
  nlte?: number | null | undefined;
};

/** Conditions on a list of indicators (绩效指标) (列表条件). */
export type ListFilterInputTypeOfIndicatorFilterInput = {
  /** Every item matches (全部满足). */
  all?: IndicatorFilterInput | null | undefined;
  /** true: the list is not empty; false: it is empty (是否非空). */
  any?: boolean | null | undefined;
  /** No item matches (均不满足). */
  none?: IndicatorFilterInput | null | undefined;
  /** At least one item matches (至少一个满足). */
  some?: IndicatorFilterInput | null | undefined;
};

/** Conditions on a list of projects (项目) (列表条件). */
export type ListFilterInputTypeOfProjectFilterInput = {
  /** Every item matches (全部满足). */
  all?: ProjectFilterInput | null | undefined;
  /** true: the list is not empty; false: it is empty (是否非空). */
  any?: boolean | null | undefined;
  /** No item matches (均不满足). */
  none?: ProjectFilterInput | null | undefined;
  /** At least one item matches (至少一个满足). */
  some?: ProjectFilterInput | null | undefined;
};

/** Why a unit could not be included in a cross-unit answer (未纳入原因). */
export type MissingReason =
  /** The dataset holds no disclosure of the unit for that year (or for any year). */
  | 'NO_BUDGET_FOR_YEAR'
  /** The disclosure has no functional subject table of the kind asked, e.g. it carries only performance tables. */
  | 'NO_FUNCTIONAL_TABLE'
  /** The disclosure has no performance indicator matching the term. */
  | 'NO_MATCHING_INDICATOR'
  /** The table exists but has no line of the subjects or level asked. */
  | 'NO_MATCHING_SUBJECT';

/** Filter on Project (项目); fields are ANDed, `and`/`or` combine lists of filters. */
export type ProjectFilterInput = {
  /** This year's budget of the project (当年预算), 万元. */
  amount?: DecimalOperationFilterInput | null | undefined;
  /** All of these filters hold (并且). */
  and?: Array<ProjectFilterInput> | null | undefined;
  /** The budget the card belongs to (部门预算). */
  budget?: BudgetFilterInput | null | undefined;
  /** Project category (项目分类), e.g. 一般性项目. */
  category?: StringOperationFilterInput | null | undefined;
  /** Project code (项目编码). */
  code?: StringOperationFilterInput | null | undefined;
  /** Responsible department as written (主管部门). */
  department?: StringOperationFilterInput | null | undefined;
  /** Whether any indicator is marked core (是否有核心指标). */
  hasCoreIndicator?: BooleanOperationFilterInput | null | undefined;
  /** The card's indicators (绩效指标), e.g. { some: { isCore: { eq: true } } }. */
  indicators?: ListFilterInputTypeOfIndicatorFilterInput | null | undefined;
  /** Project name (项目名称). */
  name?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds (或者). */
  or?: Array<ProjectFilterInput> | null | undefined;
  /** The publishing unit (预算单位). */
  unit?: UnitFilterInput | null | undefined;
  /** Fiscal year (预算年度). */
  year?: IntOperationFilterInput | null | undefined;
};

/** Conditions on a text field (文本条件); all given conditions must hold. */
export type StringOperationFilterInput = {
  /** All of these conditions hold (并且). */
  and?: Array<StringOperationFilterInput> | null | undefined;
  /** Contains this text (包含). */
  contains?: string | null | undefined;
  /** Ends with this text (结尾为). */
  endsWith?: string | null | undefined;
  /** Equals (等于); null matches a missing value. */
  eq?: string | null | undefined;
  /** Equals one of these (属于). */
  in?: Array<string | null | undefined> | null | undefined;
  /** Does not contain this text (不包含). */
  ncontains?: string | null | undefined;
  /** Does not end with this text (结尾不为). */
  nendsWith?: string | null | undefined;
  /** Does not equal (不等于). */
  neq?: string | null | undefined;
  /** Equals none of these (不属于). */
  nin?: Array<string | null | undefined> | null | undefined;
  /** Does not start with this text (开头不为). */
  nstartsWith?: string | null | undefined;
  /** At least one of these conditions holds (或者). */
  or?: Array<StringOperationFilterInput> | null | undefined;
  /** Starts with this text (开头为). */
  startsWith?: string | null | undefined;
};

/** Level of a classification code (科目级次): 类 (3 digits), 款 (5), 项 (7). */
export type SubjectLevel =
  /** 类, a 3-digit code such as 212. */
  | 'CATEGORY'
  /** 项, a 7-digit code such as 2120501. */
  | 'ITEM'
  /** 款, a 5-digit code such as 21205. */
  | 'SECTION';

/** Filter on Unit (预算单位); fields are ANDed, `and`/`or` combine lists of filters. */
export type UnitFilterInput = {
  /** All of these filters hold (并且). */
  and?: Array<UnitFilterInput> | null | undefined;
  /** District name in Chinese (所属区), e.g. 南岸区. */
  districtName?: StringOperationFilterInput | null | undefined;
  /** English name (英文名称). */
  englishName?: StringOperationFilterInput | null | undefined;
  /** Official name (单位全称), e.g. 重庆市南岸区人民政府南坪街道办事处. */
  name?: StringOperationFilterInput | null | undefined;
  /** At least one of these filters holds (或者). */
  or?: Array<UnitFilterInput> | null | undefined;
  /** Short name (简称), e.g. 南坪街道. */
  shortName?: StringOperationFilterInput | null | undefined;
  /** Stable URL name, e.g. "nanping" (标识). */
  slug?: StringOperationFilterInput | null | undefined;
  /** Budget unit code (单位编码), e.g. 307. */
  unitCode?: StringOperationFilterInput | null | undefined;
};

export type CompareSubjectsQueryVariables = Exact<{
  subjectCodes?: Array<string> | string | null | undefined;
  unitSlugs?: Array<string> | string | null | undefined;
  years?: Array<number> | number | null | undefined;
  level?: SubjectLevel | null | undefined;
  after?: string | null | undefined;
}>;


export type CompareSubjectsQuery = { compare: { nodes: Array<{ unitSlug: string, unitShortName: string, year: number, code: string, name: string, level: SubjectLevel, total: number | null, basic: number | null, project: number | null, shareOfUnitExpenditure: number | null, rank: number, overallRank: number }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, missing: Array<{ unitSlug: string, unitShortName: string, year: number | null, reasonCode: MissingReason, reason: string }> } };

export type DashboardChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChoicesQuery = { units: { nodes: Array<{ slug: string, shortName: string, district: { name: string } | null, budgets: Array<{ year: number, totals: { expenditure: number | null }, overallPerformance: { budgetAmount: number | null } }> }> | null } | null, subjects: Array<{ code: string, name: string, level: SubjectLevel }> };

export type ExpenditureAggregateQueryVariables = Exact<{
  by: AggregateDimension;
  level?: SubjectLevel | null | undefined;
  where?: BudgetFilterInput | null | undefined;
}>;


export type ExpenditureAggregateQuery = { expenditureAggregate: { rows: Array<{ key: string, label: string, sum: number, count: number, min: number | null, max: number | null }>, missing: Array<{ unitSlug: string, unitShortName: string, year: number | null, reasonCode: MissingReason, reason: string }> } };

export type IndicatorTargetsQueryVariables = Exact<{
  nameContains: string;
  unitSlugs?: Array<string> | string | null | undefined;
  years?: Array<number> | number | null | undefined;
  after?: string | null | undefined;
}>;


export type IndicatorTargetsQuery = { indicatorComparison: { nodes: Array<{ unitSlug: string, unitShortName: string, year: number, projectName: string | null, name: string, operator: string | null, numericTarget: number | null, textTarget: string | null, unitOfMeasure: string | null, isCore: boolean | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, missing: Array<{ unitSlug: string, unitShortName: string, year: number | null, reasonCode: MissingReason, reason: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CompareSubjectsDocument = new TypedDocumentString(`
    query CompareSubjects($subjectCodes: [String!], $unitSlugs: [String!], $years: [Int!], $level: SubjectLevel, $after: String) {
  compare(
    subjectCodes: $subjectCodes
    unitSlugs: $unitSlugs
    years: $years
    level: $level
    first: 50
    after: $after
  ) {
    nodes {
      unitSlug
      unitShortName
      year
      code
      name
      level
      total
      basic
      project
      shareOfUnitExpenditure
      rank
      overallRank
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    missing {
      unitSlug
      unitShortName
      year
      reasonCode
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<CompareSubjectsQuery, CompareSubjectsQueryVariables>;
export const DashboardChoicesDocument = new TypedDocumentString(`
    query DashboardChoices {
  units(first: 50, order: [{slug: ASC}]) {
    nodes {
      slug
      shortName
      district {
        name
      }
      budgets {
        year
        totals {
          expenditure
        }
        overallPerformance {
          budgetAmount
        }
      }
    }
  }
  subjects(where: {classification: {eq: FUNCTIONAL}}, order: [{code: ASC}]) {
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<DashboardChoicesQuery, DashboardChoicesQueryVariables>;
export const ExpenditureAggregateDocument = new TypedDocumentString(`
    query ExpenditureAggregate($by: AggregateDimension!, $level: SubjectLevel, $where: BudgetFilterInput) {
  expenditureAggregate(by: $by, level: $level, where: $where) {
    rows {
      key
      label
      sum
      count
      min
      max
    }
    missing {
      unitSlug
      unitShortName
      year
      reasonCode
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ExpenditureAggregateQuery, ExpenditureAggregateQueryVariables>;
export const IndicatorTargetsDocument = new TypedDocumentString(`
    query IndicatorTargets($nameContains: String!, $unitSlugs: [String!], $years: [Int!], $after: String) {
  indicatorComparison(
    nameContains: $nameContains
    unitSlugs: $unitSlugs
    years: $years
    first: 50
    after: $after
  ) {
    nodes {
      unitSlug
      unitShortName
      year
      projectName
      name
      operator
      numericTarget
      textTarget
      unitOfMeasure
      isCore
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    missing {
      unitSlug
      unitShortName
      year
      reasonCode
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorTargetsQuery, IndicatorTargetsQueryVariables>;