using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Answers, CSV files and the front ends' files are compressed (Brotli or gzip) when the client accepts it
/// (GraphQLHttp:CompressResponses, on by default). The bytes a client decompresses are exactly the plain answer's; a
/// compressed answer is its own representation, with its own ETag, and every compressible answer varies on
/// Accept-Encoding. The switched-off service is <see cref="ResponseCompressionOffTests"/>.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ResponseCompressionTests(LiveServerFixture server)
{
    // The official name of the Nanping office, as in seeds/nanping-2024.txt.
    private const string NanpingName = "重庆市南岸区人民政府南坪街道办事处";
    // Every unit's projects and their indicators: about 15 KB of mostly Chinese JSON.
    private const string EveryProjectQuery = "{ units { nodes { name budgets { year projects { name amount indicators { name textTarget } } } } } }";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]      // what browsers send: Brotli is preferred on a tie
    [InlineData("br;q=0.5, gzip", "gzip")]       // the client's preference counts
    [InlineData("identity", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    public async Task Answer_is_compressed_as_the_client_accepts_and_decompresses_to_the_plain_bytes(string acceptEncoding, string? coding)
    {
        using var client = server.CreateClient();
        var plain = await GetBytesAsync(client, GetUrl(EveryProjectQuery), acceptEncoding: null);
        using var response = await SendAsync(client, GetUrl(EveryProjectQuery), acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NanpingName, Encoding.UTF8.GetString(plain));
        if (coding is null)
        {
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.Equal(plain, body);
        }
        else
        {
            Assert.Equal([coding], response.Content.Headers.ContentEncoding);
            Assert.True(body.Length < plain.Length / 2, $"{body.Length} compressed bytes for {plain.Length}");
            Assert.Equal(plain, Decompress(coding, body));
        }
    }

    [Fact]
    public async Task Post_answers_and_errors_are_compressed_too()
    {
        using var client = server.CreateClient();
        foreach (var (query, expected) in new[]
        {
            ("{ unit(slug: \\\"nanping\\\") { name } }", "{\"data\":{\"unit\":{\"name\":\"" + NanpingName + "\"}}}"),
            ("{ noSuchField }", "{\"errors\":[{\"message\":\"Cannot query field \\u0027noSuchField\\u0027 on type \\u0027Query\\u0027."),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            var text = Encoding.UTF8.GetString(Decompress("gzip", await response.Content.ReadAsByteArrayAsync()));

            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            Assert.Contains(expected, text);
        }
    }

    /// <summary>
    /// RFC 9110 §8.8.3: a strong tag names one representation, and a Brotli body is not the gzip or the plain one. The
    /// client that revalidates with the tag it was given, under the same Accept-Encoding, gets its 304; a client given
    /// another coding's tag gets the full answer in its own coding.
    /// </summary>
    [Fact]
    public async Task Each_coding_of_a_get_answer_has_its_own_etag_and_revalidates_with_it()
    {
        const string query = "{ fiscalYears { year } }";
        using var client = server.CreateClient();
        using var plain = await SendAsync(client, GetUrl(query), acceptEncoding: null);
        using var brotli = await SendAsync(client, GetUrl(query), "br");
        using var gzip = await SendAsync(client, GetUrl(query), "gzip");
        var plainTag = plain.Headers.ETag!.Tag;

        Assert.Equal(plainTag[..^1] + "-br\"", brotli.Headers.ETag!.Tag);
        Assert.Equal(plainTag[..^1] + "-gzip\"", gzip.Headers.ETag!.Tag);
        Assert.False(brotli.Headers.ETag.IsWeak);

        using var sameCoding = await SendAsync(client, GetUrl(query), "br", ifNoneMatch: brotli.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, sameCoding.StatusCode);
        Assert.Equal(brotli.Headers.ETag, sameCoding.Headers.ETag);
        Assert.Empty(await sameCoding.Content.ReadAsByteArrayAsync());
        Assert.Contains("Accept-Encoding", sameCoding.Headers.Vary);

        using var plainTagUnderBrotli = await SendAsync(client, GetUrl(query), "br", ifNoneMatch: plain.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, plainTagUnderBrotli.StatusCode);
        Assert.Equal(["br"], plainTagUnderBrotli.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decompress("br", await plainTagUnderBrotli.Content.ReadAsByteArrayAsync()));

        using var brotliTagWithoutCompression = await SendAsync(client, GetUrl(query), acceptEncoding: null, ifNoneMatch: brotli.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, brotliTagWithoutCompression.StatusCode);
        Assert.Empty(brotliTagWithoutCompression.Content.Headers.ContentEncoding);
        Assert.Equal(plain.Headers.ETag, brotliTagWithoutCompression.Headers.ETag);
    }

    /// <summary>Also a plain answer to a client that asked for no compression: a shared cache must not file it as the only one.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    public async Task Every_graphql_answer_varies_on_accept_and_accept_encoding(string? acceptEncoding)
    {
        using var client = server.CreateClient();
        foreach (var url in new[] { GetUrl("{ fiscalYears { year } }"), GetUrl("{ noSuchField }"), "/graphql?query=%7B" })
        {
            using var response = await SendAsync(client, url, acceptEncoding);
            Assert.Equal(["Accept", "Accept-Encoding"], response.Headers.Vary);
        }
    }

    [Fact]
    public async Task Csv_file_is_compressed()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl("{ units { nodes { slug name } } }"));
        request.Headers.Accept.ParseAdd("text/csv");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        var csv = Encoding.UTF8.GetString(Decompress("br", await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("nanping," + NanpingName, csv);
    }

    /// <summary>The IDE's script is 1.3 MB and its style 0.4 MB: what a journalist on a slow link waits for.</summary>
    [Theory]
    [InlineData("/ide/graphiql.js")]
    [InlineData("/ide/graphiql.css")]
    [InlineData("/dashboard/dashboard.js")]
    [InlineData("/dashboard")]
    public async Task Front_end_files_are_compressed_with_their_own_etag(string path)
    {
        using var client = server.CreateClient();
        using var plain = await SendAsync(client, path, acceptEncoding: null);
        using var brotli = await SendAsync(client, path, "br");
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var brotliBytes = await brotli.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.True(brotliBytes.Length < plainBytes.Length * 7 / 10, $"{brotliBytes.Length} compressed bytes for {plainBytes.Length}");
        Assert.Equal(plainBytes, Decompress("br", brotliBytes));
        Assert.Equal(plain.Headers.ETag!.Tag[..^1] + "-br\"", brotli.Headers.ETag!.Tag);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);

        using var revalidation = await SendAsync(client, path, "br", ifNoneMatch: brotli.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? acceptEncoding,
        EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }

    private static async Task<byte[]> GetBytesAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var response = await SendAsync(client, url, acceptEncoding);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Decompress(string coding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "not a coding the service uses"),
        };
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    private static string GetUrl(string query) => "/graphql?query=" + Uri.EscapeDataString(query);
}
