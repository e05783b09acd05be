using BudgetGraph.Api.Database;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Import;

// `dotnet run --project src/BudgetGraph.Api -- import <files or folder>` imports disclosures and exits.
if (args is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs);
// `check <files or folder>` prints what an import would do and writes nothing (the same as `import --dry-run`).
if (args is ["check", .. var checkArgs])
    return await ImportCommand.RunAsync(["--dry-run", .. checkArgs]);

// `migrate` brings the configured database to this build's schema (the service also does it at start) and exits.
if (args is ["migrate", .. var migrateArgs])
    return await MigrateCommand.RunAsync(migrateArgs);

// `healthcheck [url]` asks a running service's /healthz (container health checks; the runtime image has no curl).
if (args is ["healthcheck", .. var healthArgs])
    return await HealthCheckCommand.RunAsync(healthArgs);

var app = BudgetGraphApp.Build(args);
app.Run();
return 0;
