using System.Net;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// GraphQL:EscapeNonAscii writes Chinese as \uXXXX escapes, on both execution paths (a plan and the general executor)
/// and from the response cache; the text a JSON parser reads is the same. The default (UTF-8) is
/// <see cref="GraphQLHttpEndpointTests.Chinese_text_is_sent_as_utf8_not_escaped"/>.
/// </summary>
public sealed class EscapeNonAsciiTests : IDisposable
{
    // The official name of the Nanping office, as in seeds/nanping-2024.txt.
    private const string NanpingName = "重庆市南岸区人民政府南坪街道办事处";
    private const string NanpingNameEscaped =
        @"\u91CD\u5E86\u5E02\u5357\u5CB8\u533A\u4EBA\u6C11\u653F\u5E9C\u5357\u576A\u8857\u9053\u529E\u4E8B\u5904";

    private readonly string databasePath = TemporaryDatabaseFile.NewPath("escape-non-ascii");

    [Fact]
    public async Task Chinese_text_is_escaped_as_ascii_and_reads_back_the_same()
    {
        var settings = TestHost.OnSqlite(databasePath, importSeeds: true);
        settings["GraphQL:EscapeNonAscii"] = "true";
        using var host = new TestHost(settings);
        var client = host.CreateClient();

        foreach (var query in new[]
        {
            "{ unit(slug: \\\"nanping\\\") { name } }",                 // a plain projection: run by a plan
            "{ unit(slug: \\\"nanping\\\") { ... on Unit { name } } }", // a fragment: the general executor
        })
        {
            // The second request is answered from the response cache (on by default).
            foreach (var _ in new[] { "executed", "from the cache" })
            {
                using var response = await client.PostAsync("/graphql",
                    new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json"));
                var bytes = await response.Content.ReadAsByteArrayAsync();

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("{\"data\":{\"unit\":{\"name\":\"" + NanpingNameEscaped + "\"}}}", Encoding.ASCII.GetString(bytes));
                Assert.All(bytes, b => Assert.True(b < 0x80));
                Assert.Equal(NanpingName, JsonDocument.Parse(bytes).RootElement.GetProperty("data").GetProperty("unit")
                    .GetProperty("name").GetString());
            }
        }
    }

    public void Dispose() => TemporaryDatabaseFile.Delete(databasePath);
}
