using System.Text;
using System.Text.Json;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>The same disclosure reads identically whatever form its bytes take: GB18030, UTF-8 with BOM, CRLF.</summary>
public sealed class EncodingTests(SeedDocuments seeds) : IClassFixture<SeedDocuments>
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Everything parsed except the facts about the bytes (encoding and hash), as comparable text.</summary>
    private static string Content(Disclosure d) =>
        JsonSerializer.Serialize(d with { Source = d.Source with { EncodingName = "", Sha256 = "" } });

    public static TheoryData<string> Seeds => new(SeedDocuments.All);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gb18030_copy_of_a_seed_parses_identically(string name)
    {
        var utf8 = seeds[name];
        var gb18030Bytes = Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(seeds.Bytes(name)));
        Assert.NotEqual(seeds.Bytes(name), gb18030Bytes);

        var gb18030 = DisclosureParser.Parse(name, gb18030Bytes);

        Assert.Equal("GB18030", gb18030.Source.EncodingName);
        Assert.Equal("UTF-8", utf8.Source.EncodingName);
        Assert.NotEqual(utf8.Source.Sha256, gb18030.Source.Sha256);
        Assert.Equal(Content(utf8), Content(gb18030));
    }

    [Fact]
    public void Utf8_with_byte_order_mark_and_crlf_line_ends_parse_identically()
    {
        var name = SeedDocuments.Jiangbeicheng;
        var text = Encoding.UTF8.GetString(seeds.Bytes(name)).Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var parsed = DisclosureParser.Parse(name, bytes);

        Assert.Equal("UTF-8", parsed.Source.EncodingName);
        Assert.Equal(Content(seeds[name]), Content(parsed));
    }

    [Fact]
    public void Sha256_is_the_lower_case_hash_of_the_bytes()
    {
        var bytes = seeds.Bytes(SeedDocuments.Chaoyang);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(expected, seeds[SeedDocuments.Chaoyang].Source.Sha256);
        Assert.Equal(SeedDocuments.Chaoyang, seeds[SeedDocuments.Chaoyang].Source.FileName);
    }
}
