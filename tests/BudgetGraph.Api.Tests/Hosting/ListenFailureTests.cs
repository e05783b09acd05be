using System.Net;
using System.Net.Sockets;
using BudgetGraph.Api.Hosting;
using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.Hosting;

/// <summary>
/// An address the service cannot listen on ends the start with one line that says so and exit code 8 — not a
/// database's exit code and advice (an address in use reached Kestrel's IOException, which read as an unwritable
/// database file), not a stack trace.
/// </summary>
public sealed class ListenFailureTests : IDisposable
{
    private readonly string _database = TemporaryDatabaseFile.NewPath("listen");

    [Fact]
    public async Task A_port_another_process_listens_on_ends_the_start_with_exit_code_8_naming_the_address()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        var (code, error) = await StartAsync(address);

        Assert.Equal(StartupFailure.CannotListen, code);
        Assert.Equal($"budgetgraph: Failed to bind to address {address}: address already in use (another process listens there); " +
            "stop it, or serve on another address with --urls or ASPNETCORE_URLS.", error.Trim());
        Assert.DoesNotContain("database", error);
    }

    [Fact]
    public async Task An_address_that_is_not_this_machines_ends_the_start_with_exit_code_8()
    {
        // 192.0.2.0/24 is reserved for documentation (RFC 5737): never an address of this machine.
        var (code, error) = await StartAsync("http://192.0.2.1:5000");

        Assert.Equal(StartupFailure.CannotListen, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("budgetgraph: cannot listen on the configured address (", error);
        Assert.DoesNotContain("   at ", error);
    }

    /// <summary>The service on a new database, without the seed import or the warm-up: the bind is what is tested.</summary>
    private Task<(int Code, string Error)> StartAsync(string address) => ServiceRun.RunAsync(
    [
        $"--urls={address}", $"--Database:ConnectionString=Data Source={_database}", "--Seeds:ImportAtStartup=false",
        "--GraphQLHttp:WarmUpRounds=0", "--Logging:LogLevel:Default=None",
    ]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(_database);
    }
}
