using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Parsing.Tests;

/// <summary>
/// The whole parsed model of every seed and every other-family fixture, serialized property by property (System.Text.Json:
/// decimals with their printed scale, enums by name), against a strict snapshot: any change to what the parser reads —
/// a row, a line number, a note — shows here. It guards work on the parser's speed (issue 8), which must change nothing
/// read. The snapshots were read by eye when written; the values themselves are asserted in the per-document tests.
/// </summary>
public sealed class ParsedModelSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Documents => new()
    {
        "seeds/" + SeedDocuments.Nanping,
        "seeds/" + SeedDocuments.Shandong,
        "seeds/" + SeedDocuments.Ciqikou,
        "seeds/" + SeedDocuments.Chaoyang,
        "seeds/" + SeedDocuments.Jiangbeicheng,
        "tests/fixtures/other/" + OtherFixtures.Wanli,
        "tests/fixtures/other/" + OtherFixtures.Chengguanju,
        "tests/fixtures/synthetic/nanping-2023.synthetic.txt",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_parsed_model_is_unchanged(string relativePath)
    {
        var disclosure = DisclosureParser.ParseFile(RepositoryPaths.File(relativePath.Split('/')));

        Snapshot.Match(JsonSerializer.Serialize(disclosure, Json), SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(relativePath)));
    }
}
