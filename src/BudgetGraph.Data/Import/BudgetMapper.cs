using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reconciliation;
using BudgetGraph.Parsing.Model;
using P = BudgetGraph.Parsing.Model;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Maps one parsed <see cref="Disclosure"/> onto a new <see cref="Budget"/> with all its children, as published:
/// one <see cref="DisclosedTable"/> per table (empty ones included), every row pointing at its table and source line,
/// amounts converted with <see cref="FixedPoint.ToStored(decimal?)"/>. Pure: touches no database.
/// </summary>
internal sealed class BudgetMapper(Disclosure disclosure, E.Unit unit, E.SourceDocument document)
{
    private readonly Budget _budget = new()
    {
        Unit = unit, UnitId = unit.Id, FiscalYear = disclosure.FiscalYear, DistrictName = unit.DistrictName, SourceDocument = document,
    };

    public Budget Map(BudgetTotals totals, IEnumerable<Finding> findings)
    {
        SetTotals(totals);
        MapSummaryTables();
        MapFunctionalTables();
        MapEconomicTable();
        MapIncomeTable();
        MapThreePublicCosts();
        MapProcurementTables();
        MapNarrative();
        MapOverallPerformance();
        MapProjects();
        MapParserNotes();
        MapTableAnnouncements();
        _budget.Findings.AddRange(findings.Select(f => new DataQualityFinding
        {
            Rule = f.Rule,
            Table = f.Table,
            Row = f.Row,
            SourceLine = f.Line,
            Expected = FixedPoint.ToStored(f.Expected),
            Actual = FixedPoint.ToStored(f.Actual),
            Message = f.Message,
        }));
        return _budget;
    }

    private void SetTotals(BudgetTotals totals)
    {
        _budget.IncomeTotal = FixedPoint.ToStored(totals.IncomeTotal);
        _budget.ExpenditureTotal = FixedPoint.ToStored(totals.ExpenditureTotal);
        _budget.BasicExpenditure = FixedPoint.ToStored(totals.BasicExpenditure);
        _budget.ProjectExpenditure = FixedPoint.ToStored(totals.ProjectExpenditure);
        _budget.GeneralPublicBudgetIncome = FixedPoint.ToStored(totals.GeneralPublicBudgetIncome);
        _budget.GovernmentFundIncome = FixedPoint.ToStored(totals.GovernmentFundIncome);
        _budget.StateCapitalIncome = FixedPoint.ToStored(totals.StateCapitalIncome);
        _budget.CarryOver = FixedPoint.ToStored(totals.CarryOver);
        _budget.CarryForward = FixedPoint.ToStored(totals.CarryForward);
        _budget.ProcurementTotal = FixedPoint.ToStored(totals.ProcurementTotal);
        _budget.PerformanceBudget = FixedPoint.ToStored(totals.PerformanceBudget);
        _budget.OverallGoal = disclosure.OverallPerformance?.Goal;
    }

    private DisclosedTable AddTable(TableKind kind, string title, string? number, int startLine, IEnumerable<int> rowLines,
        int rowCount, string? remark = null, bool isPartial = false, string? printedUnit = null)
    {
        var lastRowLine = rowLines.DefaultIfEmpty(startLine).Max();
        var raw = disclosure.RawTables.FirstOrDefault(r => r.StartLine == startLine);
        var table = new DisclosedTable
        {
            Budget = _budget,
            Kind = kind,
            Title = title,
            TableNumber = number,
            StartLine = startLine,
            EndLine = Math.Max(raw?.EndLine ?? lastRowLine, lastRowLine),
            RowCount = rowCount,
            IsPartial = isPartial,
            Remark = remark,
            PrintedUnit = printedUnit,
        };
        _budget.Tables.Add(table);
        return table;
    }

    private void AddTotals(DisclosedTable table, int line, params IEnumerable<(string Column, decimal? Amount)> columns) =>
        _budget.TableTotals.AddRange(columns.Select(c => new TableTotal
        {
            Budget = _budget,
            Table = table,
            Column = c.Column,
            Amount = FixedPoint.ToStored(c.Amount),
            SourceLine = line,
        }));

    private void MapSummaryTables()
    {
        foreach (var source in disclosure.SummaryTables)
        {
            var kind = source.Kind == SummaryTableKind.FiscalAppropriation ? TableKind.FiscalAppropriationSummary : TableKind.DepartmentSummary;
            var table = AddTable(kind, source.Title, source.TableNumber, source.StartLine, source.Lines.Select(l => l.Line), source.Lines.Count, printedUnit: source.PrintedUnit);
            _budget.SummaryLines.AddRange(source.Lines.Select(l => new E.SummaryLine
            {
                Budget = _budget,
                Table = table,
                TableKind = source.Kind,
                Side = l.Side,
                Role = l.Role,
                Label = l.Label,
                Amount = FixedPoint.ToStored(l.Amount),
                GeneralPublicBudget = FixedPoint.ToStored(l.GeneralPublicBudget),
                GovernmentFund = FixedPoint.ToStored(l.GovernmentFund),
                StateCapital = FixedPoint.ToStored(l.StateCapital),
                SourceLine = l.Line,
            }));
        }
    }

    private void MapFunctionalTables()
    {
        foreach (var source in disclosure.FunctionalTables)
        {
            var table = AddTable(KindOf(source.Kind), source.Title, source.TableNumber, source.StartLine,
                source.Rows.Select(r => r.Line).Append(source.TotalLine ?? source.StartLine), source.Rows.Count, source.Remark, source.IsPartial,
                printedUnit: source.PrintedUnit);
            if (source.Total is { } total)
                AddTotals(table, source.TotalLine ?? source.StartLine, ("总计", total.Total), ("基本支出", total.Basic), ("项目支出", total.Project));
            _budget.ExpenditureLines.AddRange(source.Rows.Select(r => new ExpenditureLine
            {
                Budget = _budget,
                Table = table,
                UnitId = unit.Id,
                FiscalYear = disclosure.FiscalYear,
                TableKind = source.Kind,
                Code = r.Code,
                Name = r.Name,
                Level = SubjectCodes.LevelOf(r.Code),
                ParentCode = SubjectCodes.ParentOf(r.Code),
                Total = FixedPoint.ToStored(r.Total),
                Basic = FixedPoint.ToStored(r.Basic),
                Project = FixedPoint.ToStored(r.Project),
                SourceLine = r.Line,
            }));
        }
    }

    private static TableKind KindOf(FunctionalTableKind kind) => kind switch
    {
        FunctionalTableKind.GeneralPublicBudgetExpenditure => TableKind.GeneralPublicBudgetExpenditure,
        FunctionalTableKind.DepartmentExpenditure => TableKind.DepartmentExpenditure,
        FunctionalTableKind.GovernmentFundExpenditure => TableKind.GovernmentFundExpenditure,
        FunctionalTableKind.StateCapitalExpenditure => TableKind.StateCapitalExpenditure,
        _ => TableKind.Other,
    };

    private void MapEconomicTable()
    {
        if (disclosure.EconomicTable is not { } source) return;
        var table = AddTable(TableKind.BasicExpenditureEconomic, source.Title, source.TableNumber, source.StartLine,
            source.Rows.Select(r => r.Line), source.Rows.Count, source.Remark, printedUnit: source.PrintedUnit);
        if (source.Total is { } total)
            AddTotals(table, total.Line, ("总计", total.Total), ("人员经费", total.Personnel), ("日常公用经费", total.Public));
        _budget.EconomicLines.AddRange(source.Rows.Select(r => new EconomicLine
        {
            Budget = _budget,
            Table = table,
            Code = r.Code,
            Name = r.Name,
            Level = SubjectCodes.LevelOf(r.Code),
            ParentCode = SubjectCodes.ParentOf(r.Code),
            Total = FixedPoint.ToStored(r.Total),
            Personnel = FixedPoint.ToStored(r.Personnel),
            Public = FixedPoint.ToStored(r.Public),
            SourceLine = r.Line,
        }));
    }

    private void MapIncomeTable()
    {
        if (disclosure.IncomeTable is not { } source) return;
        var table = AddTable(TableKind.DepartmentIncome, source.Title, source.TableNumber, source.StartLine,
            source.Rows.Select(r => r.Line), source.Rows.Count, isPartial: source.IsPartial,
            printedUnit: source.PrintedUnit);
        if (source.Total is { } total)
            AddTotals(table, total.Line, [("总计", total.Total), .. total.BySource.Select(s => (IncomeColumns.Name(s.Key), s.Value))]);
        _budget.IncomeLines.AddRange(source.Rows.Select(r => new IncomeLine
        {
            Budget = _budget,
            Table = table,
            Code = r.Code,
            Name = r.Name,
            Level = SubjectCodes.LevelOf(r.Code),
            ParentCode = SubjectCodes.ParentOf(r.Code),
            Total = FixedPoint.ToStored(r.Total),
            GeneralPublicBudget = FixedPoint.ToStored(r.BySource.GetValueOrDefault(FundSource.GeneralPublicBudget)),
            GovernmentFund = FixedPoint.ToStored(r.BySource.GetValueOrDefault(FundSource.GovernmentFund)),
            StateCapital = FixedPoint.ToStored(r.BySource.GetValueOrDefault(FundSource.StateCapital)),
            OtherSources = FixedPoint.ToStored(SumOrNull(r.BySource
                .Where(s => s.Key is not (FundSource.GeneralPublicBudget or FundSource.GovernmentFund or FundSource.StateCapital or FundSource.CarryOver))
                .Select(s => s.Value))),
            CarryOver = FixedPoint.ToStored(r.BySource.GetValueOrDefault(FundSource.CarryOver)),
            SourceLine = r.Line,
        }));
    }

    private static decimal? SumOrNull(IEnumerable<decimal?> values)
    {
        var present = values.OfType<decimal>().ToList();
        return present.Count == 0 ? null : present.Sum();
    }

    private void MapThreePublicCosts()
    {
        if (disclosure.ThreePublicCosts is not { } source) return;
        // The parse model gives only the line of the figures; the table block around it gives title and end lines.
        var block = disclosure.RawTables.FirstOrDefault(r => r.StartLine <= source.Line && source.Line <= r.EndLine);
        var table = AddTable(TableKind.ThreePublicCosts, source.Title, source.TableNumber, block?.StartLine ?? source.Line, [source.Line], rowCount: 1,
            remark: source.Remark, printedUnit: source.PrintedUnit);
        _budget.ThreePublicCosts = new E.ThreePublicCosts
        {
            Budget = _budget,
            Table = table,
            Total = FixedPoint.ToStored(source.Total),
            OverseasTravel = FixedPoint.ToStored(source.OverseasTravel),
            VehicleSubtotal = FixedPoint.ToStored(source.VehicleSubtotal),
            VehiclePurchase = FixedPoint.ToStored(source.VehiclePurchase),
            VehicleOperation = FixedPoint.ToStored(source.VehicleOperation),
            OfficialReception = FixedPoint.ToStored(source.OfficialReception),
            OperatingCosts = FixedPoint.ToStored(source.OperatingCosts),
            SourceLine = source.Line,
        };
    }

    private void MapProcurementTables()
    {
        foreach (var source in disclosure.ProcurementTables)
        {
            var table = AddTable(TableKind.Procurement, source.Title, source.TableNumber, source.StartLine,
                source.Rows.Select(r => r.Line), source.Rows.Count, source.Remark, printedUnit: source.PrintedUnit);
            if (source.Total is not null)
                AddTotals(table, source.StartLine, ("总计", source.Total));
            _budget.ProcurementLines.AddRange(source.Rows.Select(r => new ProcurementLine
            {
                Budget = _budget,
                Table = table,
                Code = r.Code,
                Name = r.Name,
                Total = FixedPoint.ToStored(r.Total),
                GeneralPublicBudget = FixedPoint.ToStored(r.GeneralPublicBudget),
                SourceLine = r.Line,
            }));
        }
    }

    private void MapNarrative() =>
        _budget.NarrativeStatements.AddRange(disclosure.NarrativeStatements.Select(n => new E.NarrativeStatement
        {
            Budget = _budget,
            Metric = n.Metric,
            Label = n.Label,
            Amount = FixedPoint.ToStored(n.Amount),
            Direction = n.Direction,
            Change = FixedPoint.ToStored(n.Change),
            ComparedYear = n.ComparedYear,
            Reason = n.Reason,
            Sentence = n.Sentence,
            Section = n.Section,
            SourceLine = n.Line,
        }));

    private void MapTableAnnouncements() =>
        _budget.TableAnnouncements.AddRange(disclosure.Inventory.Announced.Select(a => new TableAnnouncement
        {
            Budget = _budget,
            TableNumber = a.Number,
            Title = a.Title,
            Source = a.Source,
            Line = a.Line,
            FoundLine = a.FoundLine,
        }));

    private void MapParserNotes() =>
        _budget.ParserNotes.AddRange(disclosure.Notes.Select(n => new ParserNote { Budget = _budget, Line = n.Line, Message = n.Message }));

    private void MapOverallPerformance()
    {
        if (disclosure.OverallPerformance is not { } source) return;
        AddTable(TableKind.OverallPerformance, source.Title, source.TableNumber, source.StartLine,
            source.Indicators.Select(i => i.Line), source.Indicators.Count, printedUnit: source.PrintedUnit);
        _budget.OverallIndicators.AddRange(source.Indicators.Select((indicator, index) => MapIndicator(indicator, index + 1, project: null)));
    }

    private void MapProjects()
    {
        var ordinal = 0;
        foreach (var card in disclosure.Projects)
        {
            var table = AddTable(TableKind.ProjectPerformance, card.Title, card.TableNumber, card.StartLine,
                card.Indicators.Select(i => i.Line).Concat(card.Splits.Select(s => s.Line)), card.Indicators.Count, card.Remark,
                printedUnit: card.PrintedUnit);
            if (card.IsEmpty) continue;   // the empty table is kept above, with its remark; there is no project
            var project = new Project
            {
                Budget = _budget,
                Table = table,
                Ordinal = ++ordinal,
                Name = card.Name ?? card.Title,
                Code = card.Code,
                Category = card.Category,
                Department = card.Department,
                Amount = FixedPoint.ToStored(card.Budget),
                ExecutionRateWeight = FixedPoint.ToStored(card.ExecutionRateWeight),
                Overview = card.Overview,
                Basis = card.Basis,
                Goal = card.AnnualGoal,
                UnitId = unit.Id,
                FiscalYear = disclosure.FiscalYear,
                DistrictName = unit.DistrictName,
                HasCoreIndicator = card.Indicators.Any(i => i.IsCore == true),
                SourceLine = card.StartLine,
            };
            project.Splits.AddRange(card.Splits.Select(s => new ProjectFundingSplit
            {
                Project = project,
                Label = s.Label,
                Amount = FixedPoint.ToStored(s.Amount),
                SourceLine = s.Line,
            }));
            project.Indicators.AddRange(card.Indicators.Select((indicator, index) => MapIndicator(indicator, index + 1, project)));
            _budget.Projects.Add(project);
        }
    }

    private E.Indicator MapIndicator(P.Indicator source, int ordinal, Project? project) => new()
    {
        Budget = _budget,
        Project = project,
        Ordinal = ordinal,
        Name = source.Name,
        RawName = source.RawName,
        Level1 = source.Level1,
        Level2 = source.Level2,
        Level3 = source.Level3,
        Weight = FixedPoint.ToStored(source.Weight),
        UnitOfMeasure = source.UnitOfMeasure,
        Operator = source.Operator,
        OperatorRaw = source.OperatorRaw,
        NumericTarget = FixedPoint.ToStored(source.NumericTarget),
        TextTarget = source.TextTarget,
        IsCore = source.IsCore,
        UnitId = unit.Id,
        FiscalYear = disclosure.FiscalYear,
        DistrictName = unit.DistrictName,
        ProjectCategory = project?.Category,
        SourceLine = source.Line,
    };
}
