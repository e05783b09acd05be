using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// A POST whose body ends before its Content-Length — a client or a load tool stopped mid-request — over a real
/// socket. Kestrel answers nothing (it drops such a connection), so what matters is the service's log: the client's
/// doing, at Debug, never an "Unhandled error" with a stack trace (growth.sh's load tool left dozens of those).
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class TruncatedBodyTests(LiveServerFixture server)
{
    private const string EndpointCategory = "BudgetGraph.Api.Http.GraphQLHttpEndpoint";

    [Theory]
    // 2 s: under a busy machine's CI, 500 ms once ended the connection before the service had begun to read the body
    // (the request then aborted, "the client went away", the other case below).
    [InlineData(2000, "refused: 400 REQUEST_BODY_UNREADABLE: The request body could not be read: Unexpected end of request content.")]
    [InlineData(0, null)] // the end may come before the body is read (the request aborted) or while it is: either way, Debug
    public async Task A_body_shorter_than_its_Content_Length_is_logged_as_the_clients_doing_not_as_an_error(int millisecondsBeforeTheEnd, string? expected)
    {
        var logged = server.Logs.GetSnapshot().Count;
        var address = new Uri(server.BaseAddress);
        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var request = "POST /graphql HTTP/1.1\r\n" +
                          $"Host: {address.Authority}\r\n" +
                          "Content-Type: application/json\r\n" +
                          "Content-Length: 100\r\n\r\n" +
                          "{\"query\":\"{ units";
            await socket.SendAsync(Encoding.ASCII.GetBytes(request));
            // With a pause the service is already waiting for the rest of the body when the connection ends.
            await Task.Delay(millisecondsBeforeTheEnd);
            socket.Shutdown(SocketShutdown.Send); // the other 83 bytes never come
        }

        var entries = await EndpointEntriesAfterAsync(logged);

        Assert.DoesNotContain(entries, e => e.Level > LogLevel.Debug);
        var entry = Assert.Single(entries);
        if (expected is not null) Assert.EndsWith(expected, entry.Message);
        else Assert.True(entry.Message.EndsWith("the client went away", StringComparison.Ordinal) || entry.Message.Contains("REQUEST_BODY_UNREADABLE"), entry.Message);
    }

    // The collection's classes run one after another, so the endpoint's entries after `from` are this request's. The
    // service handles it after the socket is gone: wait for its entry (10 s at most), then a little for any other.
    private async Task<IReadOnlyList<FakeLogRecord>> EndpointEntriesAfterAsync(int from)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<FakeLogRecord> entries;
        while ((entries = Entries()).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        await Task.Delay(200);
        return Entries();

        IReadOnlyList<FakeLogRecord> Entries() => server.Logs.GetSnapshot().Skip(from).Where(e => e.Category == EndpointCategory).ToList();
    }
}
