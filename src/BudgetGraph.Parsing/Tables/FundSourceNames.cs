using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Maps the column headers of 部门收入总表 (and the order they are printed in) to <see cref="FundSource"/>.</summary>
internal static class FundSourceNames
{
    /// <summary>The order the income sources are printed in by the standard template (as in 000/004 and 表六).</summary>
    public static readonly FundSource[] StandardOrder =
    [
        FundSource.GeneralPublicBudget, FundSource.GovernmentFund, FundSource.StateCapital, FundSource.FiscalSpecialAccount,
        FundSource.Business, FundSource.SuperiorSubsidy, FundSource.AffiliatedRemittance, FundSource.Operating, FundSource.Other,
    ];

    /// <summary>
    /// The columns of the national template in their printed order, by the words their headers contain; used when a
    /// header is wrapped over lines so that only the words, not the positions, can be read. 财政拨款收入 (one column
    /// for all fiscal appropriations) is recognised only where no 一般公共预算 column is printed.
    /// </summary>
    public static readonly (FundSource Source, string Label)[] TemplateOrder =
    [
        (FundSource.GeneralPublicBudget, "一般公共预算"),
        (FundSource.FiscalAppropriation, "财政拨款收入"),
        (FundSource.GovernmentFund, "政府性基金"),
        (FundSource.StateCapital, "国有资本经营"),
        (FundSource.FiscalSpecialAccount, "财政专户"),
        (FundSource.Business, "事业收入"),
        (FundSource.SuperiorSubsidy, "上级补助"),
        (FundSource.AffiliatedRemittance, "附属单位"),
        (FundSource.Operating, "经营收入"),
        (FundSource.Other, "其他收入"),
        (FundSource.CarryOver, "上年结转"),
    ];

    public static FundSource? Match(string header)
    {
        var text = header.Replace(" ", "");
        // Order matters: 事业单位经营收入 also contains 事业, 上年结转 can follow any fund name.
        if (text.Contains("上年结转")) return FundSource.CarryOver;
        if (text.Contains("一般公共预算")) return FundSource.GeneralPublicBudget;
        if (text.Contains("政府性基金")) return FundSource.GovernmentFund;
        if (text.Contains("国有资本经营")) return FundSource.StateCapital;
        if (text.Contains("财政专户")) return FundSource.FiscalSpecialAccount;
        if (text.Contains("上级补助")) return FundSource.SuperiorSubsidy;
        if (text.Contains("附属单位")) return FundSource.AffiliatedRemittance;
        if (text.Contains("经营收入")) return FundSource.Operating;
        if (text.Contains("事业收入")) return FundSource.Business;
        if (text.Contains("其他收入")) return FundSource.Other;
        return null;
    }
}
