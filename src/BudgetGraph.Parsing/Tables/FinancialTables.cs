using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Dispatches each financial block to the reader of its kind.</summary>
internal sealed class FinancialTables
{
    public FinancialTables(ParseContext context, IReadOnlyList<SegmentedBlock> blocks)
    {
        var units = new TableUnits(context, blocks);
        var summary = new SummaryTableReader(context);
        var functional = new FunctionalTableReader(context);
        var summaries = new List<BudgetSummaryTable>();
        var functionalTables = new List<FunctionalExpenditureTable>();
        var procurement = new List<ProcurementTable>();

        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case TableKind.FiscalAppropriationSummary:
                    summaries.Add(summary.Read(block, SummaryTableKind.FiscalAppropriation, units.Of(block)));
                    break;
                case TableKind.DepartmentSummary:
                    summaries.Add(summary.Read(block, SummaryTableKind.Department, units.Of(block)));
                    break;
                case TableKind.GeneralPublicBudgetExpenditure:
                    functionalTables.Add(functional.Read(block, FunctionalTableKind.GeneralPublicBudgetExpenditure, units.Of(block)));
                    break;
                case TableKind.DepartmentExpenditure:
                    functionalTables.Add(functional.Read(block, FunctionalTableKind.DepartmentExpenditure, units.Of(block)));
                    break;
                case TableKind.GovernmentFundExpenditure:
                    functionalTables.Add(functional.Read(block, FunctionalTableKind.GovernmentFundExpenditure, units.Of(block)));
                    break;
                case TableKind.StateCapitalExpenditure:
                    functionalTables.Add(functional.Read(block, FunctionalTableKind.StateCapitalExpenditure, units.Of(block)));
                    break;
                case TableKind.BasicExpenditureEconomic:
                    var economic = new EconomicTableReader(context).Read(block, units.Of(block));
                    if (Economic is null) Economic = economic;
                    else context.Note(block.StartLine, $"A second 基本支出预算表 '{block.Title}' is kept only as a raw table.");
                    break;
                case TableKind.ThreePublicCosts:
                    var costs = new ThreePublicCostsReader(context).Read(block, units.Of(block));
                    if (ThreePublicCosts is null) ThreePublicCosts = costs;
                    else context.Note(block.StartLine, $"A second 三公经费 table '{block.Title}' is kept only as a raw table.");
                    break;
                case TableKind.Procurement:
                    procurement.Add(new ProcurementTableReader(context).Read(block, units.Of(block)));
                    break;
            }
        }

        var incomeBlocks = blocks.Where(b => b.Kind == TableKind.DepartmentIncome).ToList();
        if (incomeBlocks.Count > 0) Income = new IncomeTableReader(context).Read(incomeBlocks, units.Of);

        Summaries = summaries;
        Functional = functionalTables;
        Procurement = procurement;
    }

    public IReadOnlyList<BudgetSummaryTable> Summaries { get; }
    public IReadOnlyList<FunctionalExpenditureTable> Functional { get; }
    public EconomicExpenditureTable? Economic { get; }
    public DepartmentIncomeTable? Income { get; }
    public ThreePublicCosts? ThreePublicCosts { get; }
    public IReadOnlyList<ProcurementTable> Procurement { get; }
}
