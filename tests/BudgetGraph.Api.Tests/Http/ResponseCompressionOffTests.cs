using System.Net;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// GraphQLHttp:CompressResponses = false (a reverse proxy in front compresses): answers go out as they are, their
/// ETag is the plain one and they do not vary on Accept-Encoding. On: <see cref="ResponseCompressionTests"/>.
/// </summary>
public sealed class ResponseCompressionOffTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("compression-off");

    [Fact]
    public async Task Nothing_is_compressed_and_the_tags_are_the_plain_ones()
    {
        var settings = TestHost.OnSqlite(databasePath);
        settings["GraphQLHttp:CompressResponses"] = "false";
        using var host = new TestHost(settings);
        var client = host.CreateClient();

        foreach (var url in new[] { "/graphql?query=" + Uri.EscapeDataString("{ fiscalYears { year } }"), "/ide/graphiql.js" })
        {
            using var plain = new HttpRequestMessage(HttpMethod.Get, url);
            using var plainAnswer = await client.SendAsync(plain);
            using var brotli = new HttpRequestMessage(HttpMethod.Get, url);
            brotli.Headers.AcceptEncoding.ParseAdd("br");
            using var brotliAnswer = await client.SendAsync(brotli);

            Assert.Equal(HttpStatusCode.OK, brotliAnswer.StatusCode);
            Assert.Empty(brotliAnswer.Content.Headers.ContentEncoding);
            Assert.Equal(await plainAnswer.Content.ReadAsByteArrayAsync(), await brotliAnswer.Content.ReadAsByteArrayAsync());
            Assert.Equal(plainAnswer.Headers.ETag, brotliAnswer.Headers.ETag);
            Assert.DoesNotContain("Accept-Encoding", brotliAnswer.Headers.Vary);
        }
    }

    public void Dispose() => TemporaryDatabaseFile.Delete(databasePath);
}
