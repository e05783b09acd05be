using BudgetGraph.Api.Http;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Api.Tests.Operations;

/// <summary>The container health check asks the port the service's own configuration gives, not a fixed 8080.</summary>
public sealed class HealthCheckUrlTests
{
    [Theory]
    [InlineData("http://+:8080", null, "http://127.0.0.1:8080/healthz")]
    [InlineData("http://127.0.0.1:5123", null, "http://127.0.0.1:5123/healthz")]
    [InlineData("https://*:8443;http://0.0.0.0:9000", null, "http://127.0.0.1:9000/healthz")]
    [InlineData("http://[::]:7000/", null, "http://127.0.0.1:7000/healthz")]
    [InlineData("http://localhost:5000", null, "http://localhost:5000/healthz")]
    [InlineData(null, "8081;8082", "http://127.0.0.1:8081/healthz")]
    [InlineData(null, null, "http://127.0.0.1:5000/healthz")]
    public void Url_follows_the_configured_address(string? urls, string? httpPorts, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = urls,
            ["http_ports"] = httpPorts,
        }).Build();

        Assert.Equal(expected, HealthCheckCommand.UrlFrom(configuration));
    }
}
