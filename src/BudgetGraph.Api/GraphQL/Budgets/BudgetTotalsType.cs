using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Coverage;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>
/// The headline figures of a budget, read from the budget row's own columns: each field declares its own, so a
/// query reads only those of the figures it asks for (<c>ReadsSelectedFields</c> on <c>Budget.totals</c>).
/// </summary>
public sealed class BudgetTotalsType : ObjectGraphType<Budget>
{
    public BudgetTotalsType()
    {
        Name = "BudgetTotals";
        Description = "Headline totals of a budget (预算总额); null where the disclosure does not state them. All in 万元.";
        this.Amount("income", "Total income (收入合计).", b => b.IncomeTotal);
        Field<DecimalGraphType>("expenditure")
            .Description("Total expenditure (支出合计), from the financial tables; when the disclosure has none, the " +
                         "部门支出预算总量 of its 部门整体绩效目标表 (see `source`). Unit: 万元 (ten thousand yuan). Budgets filter and sort " +
                         "by this very value as `expenditure`.")
            .Resolve(c => FixedPoint.FromStored(c.Source.Expenditure))
            .Reads(nameof(Budget.Expenditure));
        Field<NonNullGraphType<TotalsSourceEnum>>("source")
            .Description("Where `expenditure` comes from (数据来源): the financial tables, or only the 部门整体绩效目标表 " +
                         "(then basic, project and income are null: the disclosure does not state them).")
            .Resolve(c => c.Source.ExpenditureTotal is not null ? TotalsSource.FinancialTables
                : c.Source.PerformanceBudget is not null ? TotalsSource.PerformanceOverallTable
                : TotalsSource.None)
            .Reads(nameof(Budget.ExpenditureTotal), nameof(Budget.PerformanceBudget));
        this.Amount("basic", "Basic expenditure (基本支出).", b => b.BasicExpenditure);
        this.Amount("project", "Project expenditure (项目支出).", b => b.ProjectExpenditure);
        this.Amount("generalPublicBudget", "Income from the general public budget (一般公共预算拨款收入).", b => b.GeneralPublicBudgetIncome);
        this.Amount("governmentFund", "Income from government funds (政府性基金预算拨款收入).", b => b.GovernmentFundIncome);
        this.Amount("stateCapital", "Income from the state capital operation budget (国有资本经营预算拨款收入).", b => b.StateCapitalIncome);
        this.Amount("carryOver", "Carried over from the previous year (上年结转).", b => b.CarryOver);
        this.Amount("carryForward", "Carried forward to the next year (结转下年).", b => b.CarryForward);
        this.Amount("procurement", "Government procurement budget total (政府采购预算总额).", b => b.ProcurementTotal);
    }
}
