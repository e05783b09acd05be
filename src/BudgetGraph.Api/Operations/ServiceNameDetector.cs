using OpenTelemetry.Resources;

namespace BudgetGraph.Api.Operations;

/// <summary>The resource of every trace and metric: <c>service.name</c> from <see cref="TelemetryOptions.ServiceName"/>.</summary>
internal sealed class ServiceNameDetector(string serviceName) : IResourceDetector
{
    public Resource Detect() => ResourceBuilder.CreateEmpty().AddService(serviceName).Build();
}
