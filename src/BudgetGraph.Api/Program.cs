using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Import;

// `dotnet run --project src/BudgetGraph.Api -- import <files or folder>` imports disclosures and exits.
if (args is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs);

// `healthcheck [url]` asks a running service's /healthz (container health checks; the runtime image has no curl).
if (args is ["healthcheck", .. var healthArgs])
    return await HealthCheckCommand.RunAsync(healthArgs);

// Serves; a damaged or inaccessible database or bad settings end it with one line and a distinct exit code.
return await BudgetGraphHost.RunAsync(args);
