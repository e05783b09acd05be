using System.Net;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Http.Csv;

/// <summary>GET /graphql with Accept: text/csv: the query's one list as an RFC 4180 file, values typed from the seeds.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class CsvAnswerTests(LiveServerFixture server)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task Nanping_table_two_lines_come_as_utf8_csv_with_bom_crlf_and_a_file_name()
    {
        // seeds/nanping-2024.txt, 表二 (一般公共预算财政拨款支出预算表), lines 130–133:
        //   20801 人力资源和社会保障管理事务 69.47 62.97 6.50 / 2080199 … 69.47 62.97 6.50 / 20802 民政管理事务 2.00 — 2.00 / 2080299 … 2.00 — 2.00
        using var response = await GetCsvAsync("""
            query NanpingSocialSecurity { budget(unitSlug: "nanping", year: 2024) {
              expenditureLines(where: { table: { eq: GENERAL_PUBLIC_BUDGET_EXPENDITURE }, code: { in: ["20801", "2080199", "20802", "2080299"] } }) {
                code name total basic project } } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("NanpingSocialSecurity.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Accept", response.Headers.Vary);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, bytes[..3]);
        Assert.Equal(
            "code,name,total,basic,project\r\n" +
            "20801,人力资源和社会保障管理事务,69.47,62.97,6.5\r\n" +
            "2080199,其他人力资源和社会保障管理事务支出,69.47,62.97,6.5\r\n" +
            "20802,民政管理事务,2,,2\r\n" +
            "2080299,其他民政管理事务支出,2,,2\r\n",
            Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public async Task Compare_rows_of_subject_208_are_one_row_per_unit()
    {
        // 208 社会保障和就业支出 in 表二: Chaoyang 2023 1,465.27 (386.37 + 1,078.90), Nanping 2024 946.04 (348.56 + 597.49),
        // Jiangbeicheng 2025 391.41.
        var csv = await GetCsvTextAsync("""{ compare(subjectCodes: ["208"], level: CATEGORY) { unitShortName year code total basic project } }""");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("unitShortName,year,code,total,basic,project", lines[0]);
        Assert.Contains("朝阳街道,2023,208,1465.27,386.37,1078.9", lines);
        Assert.Contains("南坪街道,2024,208,946.04,348.56,597.49", lines);
        Assert.Contains(lines, line => line.StartsWith("江北城街道,2025,208,391.41,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connection_is_unwrapped_and_nested_objects_become_dotted_columns()
    {
        var viaNodes = await GetCsvTextAsync("""{ projects(where: { name: { eq: "南坪街道村居工作经费" } }) { totalCount nodes { name amount unit { shortName district { name } } } } }""");
        var viaEdges = await GetCsvTextAsync("""{ projects(where: { name: { eq: "南坪街道村居工作经费" } }) { edges { cursor node { name amount unit { shortName district { name } } } } } }""");

        // seeds/nanping-2024.txt: project card 南坪街道村居工作经费, 1149.38 万元; Nanping is in 南岸区.
        const string expected = "name,amount,unit.shortName,unit.district.name\r\n南坪街道村居工作经费,1149.38,南坪街道,南岸区\r\n";
        Assert.Equal(expected, viaNodes);
        Assert.Equal(expected, viaEdges);
    }

    [Fact]
    public async Task Fields_with_commas_quotes_or_line_breaks_are_quoted_as_rfc_4180_says()
    {
        var csv = await GetCsvTextAsync("""{ projects(where: { name: { eq: "南坪街道村居工作经费" } }) { nodes { name indicators(where: { name: { in: ["居民满意率", "服务居民数量"] } }) { name } } } }""");

        Assert.Equal("name,indicators\r\n南坪街道村居工作经费,\"[{\"\"name\"\":\"\"服务居民数量\"\"},{\"\"name\"\":\"\"居民满意率\"\"}]\"\r\n", csv);
    }

    [Fact]
    public async Task A_result_that_is_not_one_list_is_406_with_a_json_error_that_says_why()
    {
        using var response = await GetCsvAsync("""{ unit(slug: "nanping") { name slug } }""");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("CSV_NOT_ONE_LIST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("data.unit has 2 fields (name, slug)", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Query_errors_come_as_json_400_before_execution_and_422_after()
    {
        using var invalid = await GetCsvAsync("{ noSuchField }");
        using var notFound = await GetCsvAsync("""{ budget(unitSlug: "nowhere", year: 2024) { expenditureLines { code } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.Equal((HttpStatusCode)422, notFound.StatusCode);
        Assert.Contains("NOT_FOUND", await notFound.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/json, text/csv;q=0.5")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task Csv_is_given_only_when_asked_for_at_least_as_highly_as_json(string accept)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ units { slug } }"));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> GetCsvTextAsync(string query)
    {
        using var response = await GetCsvAsync(query);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        Assert.Equal(Bom, bytes[..3]);
        return Encoding.UTF8.GetString(bytes.AsSpan(3));
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");
        return await client.SendAsync(request);
    }
}
