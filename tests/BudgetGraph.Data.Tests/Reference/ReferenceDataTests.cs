using System.Text.RegularExpressions;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reference;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Tests.Reference;

/// <summary>The shipped reference files: unit catalogue and subject glossary.</summary>
public sealed partial class ReferenceDataTests
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

    [GeneratedRegex(@"^\s*(\d{3}|\d{5})\t", RegexOptions.Multiline)]
    private static partial Regex CategoryOrSectionCodeRow();

    [Fact]
    public void Glossary_names_every_category_and_section_code_printed_in_the_seeds()
    {
        var codes = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .SelectMany(f => CategoryOrSectionCodeRow().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(c => c[0] is '2' or '3')
            .Distinct().Order().ToList();
        Assert.Contains("21205", codes);   // the scan does find the seed codes
        Assert.Contains("30101", codes);
        var missing = codes.Where(c => SubjectGlossary.Shipped.EnglishName(c[0] == '2' ? Classification.Functional : Classification.Economic, c) is null).ToList();
        Assert.Empty(missing);
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
        Assert.Null(glossary.EnglishName(Classification.Functional, "2120501"));
    }
}
