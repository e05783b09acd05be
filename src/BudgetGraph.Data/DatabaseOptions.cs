using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Data;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>
/// Which database to use, bound from the "Database" configuration section
/// (environment: <c>Database__Provider</c>, <c>Database__ConnectionString</c>).
/// Without settings the embedded SQLite file <c>data/budgetgraph.db</c> is used.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string DefaultSqliteConnectionString = "Data Source=data/budgetgraph.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Serve a database that must not (or cannot) be written: no schema creation, no seed import; SQLite opens it
    /// with <c>Mode=ReadOnly</c> (see <see cref="SqliteReadOnlySource"/>). Environment: <c>Database__ReadOnly=true</c>.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// The same database opened without writing (<see cref="ReadOnly"/> set): every other setting copied as it is, so a
    /// setting added later is not lost (a member-wise copy).
    /// </summary>
    public DatabaseOptions AsReadOnly()
    {
        var copy = (DatabaseOptions)MemberwiseClone();
        copy.ReadOnly = true;
        return copy;
    }

    /// <summary>Reads the "Database" section; an unknown provider name is an error that says which names are valid.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var provider = section["Provider"];
        var options = new DatabaseOptions
        {
            ConnectionString = section["ConnectionString"],
            ReadOnly = section["ReadOnly"] is { Length: > 0 } readOnly && (bool.TryParse(readOnly, out var flag)
                ? flag
                : throw new InvalidOperationException($"Database:ReadOnly '{readOnly}' is not true or false.")),
        };
        if (provider is { Length: > 0 })
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }
        return options;
    }

    public string EffectiveConnectionString
    {
        get
        {
            var connectionString = ConnectionString is { Length: > 0 } configured ? configured
                : Provider == DatabaseProvider.Sqlite ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    "Database:Provider is SqlServer but no Database:ConnectionString (env Database__ConnectionString) is set.");
            return ReadOnly && Provider == DatabaseProvider.Sqlite ? SqliteReadOnlySource.ConnectionString(connectionString) : connectionString;
        }
    }
}
