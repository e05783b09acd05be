using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>SQL Server 2022's grammar (ScriptDom's <see cref="TSql160Parser"/>, the version of the Testcontainers image).</summary>
public static class TransactSql
{
    /// <summary>The syntax errors of a T-SQL text (none: it parses). Quoted identifiers on, as SqlClient's sessions have them.</summary>
    public static IList<ParseError> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
