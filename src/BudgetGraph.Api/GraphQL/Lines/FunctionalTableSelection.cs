using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>One functional table or every table: the <c>table</c> argument of <c>Budget.expenditureLines</c>.</summary>
public enum FunctionalTableSelection
{
    GeneralPublicBudgetExpenditure = FunctionalTableKind.GeneralPublicBudgetExpenditure,
    DepartmentExpenditure = FunctionalTableKind.DepartmentExpenditure,
    GovernmentFundExpenditure = FunctionalTableKind.GovernmentFundExpenditure,
    StateCapitalExpenditure = FunctionalTableKind.StateCapitalExpenditure,
    All = 100,
}
