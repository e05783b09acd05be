using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountsIndicatorNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 57; the same SQL on SQLite and SQL Server) --------------------
            // An indicator's name is counted too (Import/ValueCounts.Columns), and beside its year
            // (ValueCounts.Beside): the databases already stored get those counts, with the SQL a bulk load runs at its
            // end (ValueCounts.ColumnSql and BesideColumnSql for them, copied: a migration never calls code that may
            // change later). No column is new: no EXEC(N'…') on SQL Server.
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', "Name", COUNT(*) FROM "Indicators" GROUP BY "Name";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Name' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Indicators.Name@Year', "FiscalYear", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "FiscalYear", "Name";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" IN ('Indicators.Name', 'Indicators.Name@Year');""");
        }
    }
}
