namespace BudgetGraph.Data.Reconciliation;

/// <summary>The stable codes stored in <see cref="Entities.DataQualityFinding.Rule"/>. Never rename one: clients filter on them.</summary>
public static class RuleCodes
{
    public const string ParentNotSumOfChildren = "PARENT_NE_SUM_OF_CHILDREN";
    public const string TotalRowNotSumOfCategories = "TOTAL_ROW_NE_SUM_OF_CATEGORIES";
    public const string RowTotalNotSumOfColumns = "ROW_TOTAL_NE_SUM_OF_COLUMNS";
    public const string Table2NotTable8 = "TABLE2_NE_TABLE8";
    public const string IncomeNotExpenditure = "INCOME_NE_EXPENDITURE";
    public const string NarrativeNotTable = "NARRATIVE_NE_TABLE";
    public const string ProjectCardsNotProjectExpenditure = "PROJECT_CARDS_NE_PROJECT_EXPENDITURE";
    public const string ThreePublicCostsPartsNotTotal = "THREE_PUBLIC_COSTS_PARTS_NE_TOTAL";
    public const string YearLabelDisagreesWithText = "YEAR_LABEL_DISAGREES_WITH_TEXT";
    public const string AnnouncedTableMissing = "ANNOUNCED_TABLE_MISSING";
    public const string TableCut = "TABLE_CUT";
    public const string TablePrintedTwice = "TABLE_PRINTED_TWICE";
    public const string UnitOfMeasureContradicted = "UNIT_OF_MEASURE_CONTRADICTED";
    public const string RemarkSaysEmptyButFigures = "REMARK_SAYS_EMPTY_BUT_FIGURES";
}
