using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>seeds/shandong-2024.txt and ciqikou-2024.txt: only performance tables, one cell per line.</summary>
public sealed class PerformanceOnlyDisclosureTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    [Fact]
    public void Shandong_unit_comes_from_the_labels_of_its_cards()
    {
        var doc = seeds[SeedDocuments.Shandong];
        Assert.Equal("重庆市沙坪坝区山洞街道", doc.Unit.OfficialName); // "707-重庆市沙坪坝区山洞街道" is the fullest printed form
        Assert.Equal("山洞街道", doc.Unit.ShortName);
        Assert.Equal("沙坪坝区", doc.Unit.District);
        Assert.Equal("707", doc.Unit.UnitCode);
        Assert.Null(doc.Unit.ContactLine);
        Assert.Null(doc.Unit.FunctionsText);
        Assert.Equal(2024, doc.FiscalYear); // "2024年预算", although the texts plan 2025
    }

    [Fact]
    public void Ciqikou_district_is_inferred_from_the_texts_and_noted()
    {
        var doc = seeds[SeedDocuments.Ciqikou];
        Assert.Equal("磁器口街道", doc.Unit.OfficialName);
        Assert.Equal("磁器口街道", doc.Unit.ShortName);
        Assert.Null(doc.Unit.UnitCode);
        Assert.Equal("沙坪坝区", doc.Unit.District);
        Assert.Contains(doc.Notes, n => n.Message.Contains("沙坪坝区 is inferred"));
        Assert.Equal(2024, doc.FiscalYear);
    }

    [Theory]
    [InlineData(SeedDocuments.Shandong)]
    [InlineData(SeedDocuments.Ciqikou)]
    public void Performance_only_documents_have_no_financial_tables(string name)
    {
        var doc = seeds[name];
        Assert.Empty(doc.SummaryTables);
        Assert.Empty(doc.FunctionalTables);
        Assert.Empty(doc.ProcurementTables);
        Assert.Null(doc.EconomicTable);
        Assert.Null(doc.IncomeTable);
        Assert.Null(doc.ThreePublicCosts);
    }
}
