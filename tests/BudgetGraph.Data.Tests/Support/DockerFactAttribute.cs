using System.Net.Sockets;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>
/// A fact that needs a Docker engine (Testcontainers). Decided at discovery: when no engine answers on DOCKER_HOST
/// or /var/run/docker.sock within a second, the test is reported as skipped with the reason.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> WhyNotAvailable = new(Probe);

    public DockerFactAttribute()
    {
        if (WhyNotAvailable.Value is { } reason) Skip = reason;
    }

    private static string? Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            if (host is { Length: > 0 } && Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme == "tcp")
            {
                using var tcp = new TcpClient();
                return tcp.ConnectAsync(uri.Host, uri.Port).Wait(TimeSpan.FromSeconds(1)) && tcp.Connected
                    ? null
                    : $"No Docker engine answers at DOCKER_HOST={host}; the SQL Server comparison needs one (Testcontainers).";
            }

            var socketPath = host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
            if (!File.Exists(socketPath))
                return $"No Docker engine: {socketPath} does not exist and DOCKER_HOST is not a reachable tcp:// address; the SQL Server comparison needs one (Testcontainers).";
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return null;
        }
        catch (Exception e) when (e is SocketException or AggregateException or IOException or UnauthorizedAccessException)
        {
            return $"No Docker engine answers ({e.GetBaseException().Message}); the SQL Server comparison needs one (Testcontainers).";
        }
    }
}
