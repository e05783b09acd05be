using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Number",
                table: "ValueCounts",
                type: "bigint",
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 33; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the counts of their fiscal years, with the SQL a bulk load runs at its end
            // (Import/ValueCounts.AllColumns, copied: a migration never calls code that may change later).
            // On SQL Server inside EXEC(N'…'): T-SQL compiles a batch before the column it names exists.
            migrationBuilder.Sql("""
                EXEC(N'
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Projects.FiscalYear'', "FiscalYear", COUNT(*) FROM "Projects" GROUP BY "FiscalYear";
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Projects.FiscalYear'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Projects.FiscalYear'' AND "Number" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Indicators.FiscalYear'', "FiscalYear", COUNT(*) FROM "Indicators" GROUP BY "FiscalYear";
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Indicators.FiscalYear'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Indicators.FiscalYear'' AND "Number" IS NULL);
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" IN ('Projects.FiscalYear', 'Indicators.FiscalYear');""");
            migrationBuilder.DropColumn(
                name: "Number",
                table: "ValueCounts");
        }
    }
}
