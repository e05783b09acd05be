using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorsWithoutProjectCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The indicators without a card (overall goals) become a kept row count: the databases already stored get it
            // with the SQL a bulk load runs at its end (Import/RowCounts.AllTables' row, copied: a migration never calls
            // code that may change later). No schema change.
            migrationBuilder.Sql("""
                DELETE FROM "RowCounts" WHERE "Name" = 'Indicators.WithoutProject';
                INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators.WithoutProject', COUNT(*) FROM "Indicators" WHERE "ProjectId" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "RowCounts" WHERE "Name" = 'Indicators.WithoutProject';""");
        }
    }
}
