using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Database;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Import;
using BudgetGraph.Data;

// SQLite's process-wide settings can only be made before its first connection: first thing (see SqliteLibrary).
SqliteLibrary.Configure();

// `dotnet run` passes the folder the command was typed in (see CallerDirectory); relative paths resolve against it.
var (callerDirectory, commandArgs) = CallerDirectory.Split(args);

// The batch commands run in a child process with the JIT's profile-guided tiering off (see BatchRuntime).
if (commandArgs is ["import" or "check", ..] && BatchRuntime.ShouldRelaunch(Environment.GetEnvironmentVariable(BatchRuntime.TieredPgoVariable)))
    return await BatchRuntime.RelaunchAsync(args);

// `dotnet run --project src/BudgetGraph.Api -- import <files or folder>` imports disclosures and exits.
if (commandArgs is ["import", .. var importArgs])
    return await ImportCommand.RunAsync(importArgs, callerDirectory);
// `check <files or folder>` prints what an import would do and writes nothing (the same as `import --dry-run`).
if (commandArgs is ["check", .. var checkArgs])
    return await ImportCommand.RunAsync(["--dry-run", .. checkArgs], callerDirectory);

// `migrate` brings the configured database to this build's schema (the service also does it at start) and exits.
if (commandArgs is ["migrate", .. var migrateArgs])
    return await MigrateCommand.RunAsync(migrateArgs);

// `audit [--repair]` works out again every figure the importer keeps and lists those that differ from their rows;
// writes nothing unless asked to repair them.
if (commandArgs is ["audit", .. var auditArgs])
    return await AuditCommand.RunAsync(auditArgs);

// `healthcheck [url]` asks a running service's /healthz (container health checks; the runtime image has no curl).
if (commandArgs is ["healthcheck", .. var healthArgs])
    return await HealthCheckCommand.RunAsync(healthArgs);

// `--help` prints what the program does; a bare word that names no command is a mistyped one, not a reason to serve.
if (ServeArguments.AsksForHelp(commandArgs))
{
    Console.WriteLine(ServeArguments.Usage);
    return 0;
}
if (ServeArguments.StrayWord(commandArgs) is { } stray)
{
    await Console.Error.WriteLineAsync($"budgetgraph: unknown command '{stray}'.\n{ServeArguments.Usage}");
    return 2;
}

// Serves; a damaged or inaccessible database or bad settings end it with one line and a distinct exit code.
return await BudgetGraphHost.RunAsync(commandArgs);
