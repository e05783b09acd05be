using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reference;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Tests.Reference;

/// <summary>The shipped reference files: unit catalogue and subject glossary.</summary>
public sealed class ReferenceDataTests
{
    [Theory]
    [InlineData("南坪街道", "南岸区", "307", "nanping", "Nanping Sub-district", "Nan'an District")]
    [InlineData("山洞街道", "沙坪坝区", "707", "shandong", "Shandong Sub-district", "Shapingba District")]
    [InlineData("磁器口街道", "沙坪坝区", null, "ciqikou", "Ciqikou Sub-district", "Shapingba District")]
    [InlineData("朝阳街道", "北碚区", "502", "chaoyang", "Chaoyang Sub-district", "Beibei District")]
    [InlineData("江北城街道", "江北区", "806", "jiangbeicheng", "Jiangbeicheng Sub-district", "Jiangbei District")]
    public void Catalogue_knows_the_five_seed_units_by_short_name(string shortName, string district, string? code, string slug, string english, string districtEnglish)
    {
        var unit = UnitCatalogue.Shipped.Resolve(new UnitInfo { OfficialName = shortName, ShortName = shortName, District = district, UnitCode = code });
        Assert.Equal((slug, english, district, districtEnglish), (unit.Slug, unit.EnglishName, unit.DistrictName, unit.DistrictEnglishName));
    }

    [Fact]
    public void Catalogue_matches_by_district_and_unit_code_when_the_short_name_differs()
    {
        var unit = UnitCatalogue.Shipped.Find(new UnitInfo { OfficialName = "南坪街道办事处", ShortName = "南坪街道办事处", District = "南岸区", UnitCode = "307" });
        Assert.Equal("nanping", unit?.Slug);
    }

    [Fact]
    public void An_unknown_unit_gets_a_readable_slug_of_district_and_short_name()
    {
        var info = new UnitInfo { OfficialName = "某街道办事处", ShortName = "某街道", District = "某区", UnitCode = "307" };
        Assert.Equal("某区-某街道", UnitCatalogue.DeriveSlug(info));
        Assert.Equal("某区-某街道", UnitCatalogue.DeriveSlug(info with { UnitCode = "999" }));
        var noDistrict = UnitCatalogue.DeriveSlug(info with { District = null });
        Assert.Matches("^某街道-[0-9a-f]{8}$", noDistrict);
        Assert.NotEqual(noDistrict, UnitCatalogue.DeriveSlug(info with { District = null, OfficialName = "other" }));
    }

    /// <summary>Every (classification, code, printed name) the parser reads from the five seeds and the two disclosures of the other family.</summary>
    private static List<(Classification Classification, string Code, string Name, string File)> PrintedCodes()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "other"), "*.txt"))
            .Order().ToList();
        Assert.Equal(7, files.Count);
        var codes = new List<(Classification, string, string, string)>();
        foreach (var file in files)
        {
            var d = DisclosureParser.ParseFile(file);
            var name = Path.GetFileName(file);
            codes.AddRange(d.FunctionalTables.SelectMany(t => t.Rows).Select(r => (Classification.Functional, r.Code, r.Name, name)));
            codes.AddRange((d.IncomeTable?.Rows ?? []).Select(r => (Classification.Functional, r.Code, r.Name, name)));
            codes.AddRange((d.EconomicTable?.Rows ?? []).Select(r => (Classification.Economic, r.Code, r.Name, name)));
        }
        return codes;
    }

    [Fact]
    public void Catalogue_names_every_code_printed_in_the_seeds_and_the_other_family_in_english()
    {
        var printed = PrintedCodes();
        var distinct = printed.Select(p => (p.Classification, p.Code)).Distinct().ToList();
        // the scan does find the codes: 类, 款 and 项 of both families, split Shanghai codes joined (wanli's `208 05 01`)
        Assert.Equal(214, distinct.Count);
        Assert.Contains((Classification.Functional, "2080501", "行政单位离退休", "shanghai-putuo-wanli-2024.txt"), printed);
        Assert.Contains((Classification.Functional, "2240106", "安全监管", "jiangbeicheng-2025.txt"), printed);
        Assert.Contains((Classification.Economic, "30302", "退休费", "shanghai-putuo-wanli-2024.txt"), printed);
        var missing = distinct.Where(c => SubjectGlossary.Shipped.Find(c.Classification, c.Code) is not { NameEn.Length: > 0 })
            .Select(c => $"{c.Classification} {c.Code}").ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Catalogue_chinese_names_are_the_printed_ones()
    {
        // The catalogue keeps the official name as printed; where prints differ (bracket width) the API serves the print.
        var differing = PrintedCodes()
            .Where(p => SubjectGlossary.Shipped.Find(p.Classification, p.Code)?.Name != p.Name)
            .Select(p => $"{p.Code} {p.Name} ({p.File})").Distinct().ToList();
        Assert.Equal(["30213 维修(护)费 (shanghai-putuo-wanli-2024.txt)"], differing);
        Assert.Equal("维修（护）费", SubjectGlossary.Shipped.Find(Classification.Economic, "30213")?.Name);
    }

    [Theory]
    [InlineData(Classification.Functional, "2080501", "行政单位离退休", "Retired staff of government agencies", EnglishNameSource.Translation)]
    [InlineData(Classification.Functional, "2120501", "城乡社区环境卫生", "Community environmental sanitation", EnglishNameSource.Glossary)]
    [InlineData(Classification.Functional, "2010301", "行政运行", "Administrative operations", EnglishNameSource.Glossary)]
    [InlineData(Classification.Functional, "2013950", "事业运行", "Public-institution operations", EnglishNameSource.Glossary)]
    [InlineData(Classification.Functional, "2240106", "安全监管", "Work safety supervision", EnglishNameSource.Translation)]
    [InlineData(Classification.Functional, "20805", "行政事业单位养老支出", "Pensions of government agencies and public institutions", EnglishNameSource.Glossary)]
    [InlineData(Classification.Functional, "20138", "市场监督管理事务", "Market regulation affairs", EnglishNameSource.Translation)]
    [InlineData(Classification.Functional, "208", "社会保障和就业支出", "Social security and employment", EnglishNameSource.Published)]
    [InlineData(Classification.Functional, "224", "灾害防治及应急管理支出", "Disaster prevention and emergency management", EnglishNameSource.Glossary)]
    [InlineData(Classification.Economic, "30101", "基本工资", "Basic salaries", EnglishNameSource.Translation)]
    [InlineData(Classification.Economic, "303", "对个人和家庭的补助", "Subsidies to individuals and families", EnglishNameSource.Glossary)]
    [InlineData(Classification.Economic, "302", "商品和服务支出", "Goods and services", EnglishNameSource.Published)]
    public void Catalogue_entries_carry_the_official_name_the_english_and_its_source(Classification classification, string code,
        string name, string english, EnglishNameSource source)
    {
        var entry = SubjectGlossary.Shipped.Find(classification, code);
        Assert.NotNull(entry);
        Assert.Equal((name, english, source), (entry.Name, entry.NameEn, entry.Source));
    }

    [Fact]
    public void Published_english_names_cite_their_sources()
    {
        var glossary = SubjectGlossary.Shipped;
        var published = glossary.Entries.Where(e => e.Entry.Source == EnglishNameSource.Published).ToList();
        Assert.Equal(19, published.Count);
        Assert.All(published, e => Assert.NotEmpty(e.Entry.References));
        Assert.Equal(["b"], glossary.Find(Classification.Functional, "208")!.References);
        Assert.Contains("Xinhua", glossary.References["b"]);
        Assert.Contains("Budget Law", glossary.References[glossary.Find(Classification.Economic, "301")!.References.Single()]);
    }

    [Fact]
    public void Glossary_prefers_the_sourced_names()
    {
        var glossary = SubjectGlossary.Shipped;
        Assert.Equal("General public services", glossary.EnglishName(Classification.Functional, "201"));
        Assert.Equal("Social security and employment", glossary.EnglishName(Classification.Functional, "208"));
        Assert.Equal("Urban and rural community affairs", glossary.EnglishName(Classification.Functional, "212"));
        Assert.Equal("Housing security", glossary.EnglishName(Classification.Functional, "221"));
        Assert.Equal("Goods and services", glossary.EnglishName(Classification.Economic, "302"));
        Assert.Null(glossary.EnglishName(Classification.Functional, "2120599"));
    }
}
