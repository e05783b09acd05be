using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>Readable names of the functional tables, for reasons and messages.</summary>
public static class TableNames
{
    public static string Of(FunctionalTableKind kind) => kind switch
    {
        FunctionalTableKind.GeneralPublicBudgetExpenditure => "一般公共预算财政拨款支出预算表 (表二)",
        FunctionalTableKind.DepartmentExpenditure => "部门支出总表 (表八)",
        FunctionalTableKind.GovernmentFundExpenditure => "政府性基金预算支出表",
        FunctionalTableKind.StateCapitalExpenditure => "国有资本经营预算支出表",
        _ => kind.ToString(),
    };
}
