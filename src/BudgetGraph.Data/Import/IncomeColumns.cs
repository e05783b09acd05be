using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Import;

/// <summary>The column headings of 部门收入总表, by income source, as the tables print them.</summary>
internal static class IncomeColumns
{
    public static string Name(FundSource source) => source switch
    {
        FundSource.GeneralPublicBudget => "一般公共预算财政拨款收入",
        FundSource.GovernmentFund => "政府性基金预算拨款收入",
        FundSource.StateCapital => "国有资本经营预算拨款收入",
        FundSource.FiscalSpecialAccount => "财政专户管理资金收入",
        FundSource.Business => "事业收入",
        FundSource.SuperiorSubsidy => "上级补助收入",
        FundSource.AffiliatedRemittance => "附属单位上缴收入",
        FundSource.Operating => "事业单位经营收入",
        FundSource.Other => "其他收入",
        FundSource.CarryOver => "上年结转",
        _ => source.ToString(),
    };
}
