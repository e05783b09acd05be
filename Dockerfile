# BudgetGraph API: build with the .NET SDK, run on the ASP.NET runtime as a non-root user, listening on 8080.
#   docker build -t budgetgraph .
#   docker run -p 8080:8080 budgetgraph            # embedded SQLite in /app/data, seeds imported at start
# With SQL Server: docker compose up (see docker-compose.yml).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not re-download packages.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/BudgetGraph.Parsing/BudgetGraph.Parsing.csproj src/BudgetGraph.Parsing/
COPY src/BudgetGraph.Data/BudgetGraph.Data.csproj src/BudgetGraph.Data/
COPY src/BudgetGraph.Data.Migrations.Sqlite/BudgetGraph.Data.Migrations.Sqlite.csproj src/BudgetGraph.Data.Migrations.Sqlite/
COPY src/BudgetGraph.Data.Migrations.SqlServer/BudgetGraph.Data.Migrations.SqlServer.csproj src/BudgetGraph.Data.Migrations.SqlServer/
COPY src/BudgetGraph.Api/BudgetGraph.Api.csproj src/BudgetGraph.Api/
RUN dotnet restore src/BudgetGraph.Api/BudgetGraph.Api.csproj
COPY src/ src/
# The IDE is already built (src/BudgetGraph.Api/wwwroot/ide, committed) and embedded: no Node here.
RUN dotnet publish src/BudgetGraph.Api/BudgetGraph.Api.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY seeds/ ./seeds/
# The image's non-root user "app" ($APP_UID) owns the data folder, where the embedded SQLite database lives.
RUN mkdir -p /app/data && chown -R "$APP_UID" /app/data
USER $APP_UID
# Urls (unprefixed) overrides appsettings.json's localhost:5000; ASPNETCORE_URLS is set too for tools that read it.
ENV ASPNETCORE_URLS=http://+:8080 \
    Urls=http://+:8080 \
    Database__Provider=Sqlite \
    Database__ConnectionString="Data Source=/app/data/budgetgraph.db"
EXPOSE 8080
VOLUME ["/app/data"]
# The runtime image has no curl: the service checks its own /healthz.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["dotnet", "BudgetGraph.Api.dll", "healthcheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "BudgetGraph.Api.dll"]
