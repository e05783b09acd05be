using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>A database that fails under a resolver (here: a table is missing).</summary>
public sealed class BrokenTableFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        SeedData.Fill(db);
        db.Database.ExecuteSqlRaw("DROP TABLE \"Indicators\"");
    }
}

/// <summary>A resolver failing inside the service reports a code and a correlation id, nothing of the database.</summary>
public sealed class InternalErrorTests(BrokenTableFixture fixture) : IClassFixture<BrokenTableFixture>
{
    [Fact]
    public async Task A_database_failure_under_a_field_is_INTERNAL_SERVER_ERROR_with_a_correlation_id_and_no_SQLite()
    {
        var json = await fixture.ExecuteJsonAsync("{ indicators { nodes { name } } }");

        Assert.DoesNotContain("SQLITE", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Indicators", json);
        var error = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Matches("correlation id [0-9a-f]{16}", error.GetProperty("message").GetString());
    }
}
