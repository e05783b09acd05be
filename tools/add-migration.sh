#!/usr/bin/env bash
# Adds the migration <Name> for every change of the EF Core model since the last migration, to both providers'
# migration sets, and refreshes the two scripts kept in src/BudgetGraph.Data/Sql (SQL Server's idempotent one and
# SQLite's new-database one, see SqliteNewDatabase). Run from anywhere; read the generated code after.
#   tools/add-migration.sh <Name>        e.g. tools/add-migration.sh AddBudgetSourcePath
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project=src/BudgetGraph.Data.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
# (builds again: the migration just added is not yet in the built assembly)
project=src/BudgetGraph.Data.Migrations.SqlServer
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" \
  -o src/BudgetGraph.Data/Sql/SqlServer.migrations.sql
project=src/BudgetGraph.Data.Migrations.Sqlite
dotnet ef migrations script --no-transactions --project "$project" --startup-project "$project" \
  -o src/BudgetGraph.Data/Sql/Sqlite.migrations.sql
echo "Added $name for SQLite and SQL Server; refreshed src/BudgetGraph.Data/Sql/SqlServer.migrations.sql and Sqlite.migrations.sql."
