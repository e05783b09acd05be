using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetDistrictCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 45; the same SQL on SQLite and SQL Server) --------------------
            // The budgets' districts are counted like the cards' and indicators' (Import/ValueCounts.Columns): the databases
            // already stored get their counts, with the SQL a bulk load runs at its end (Import/ValueCounts.AllColumns,
            // copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', "DistrictName", COUNT(*) FROM "Budgets" GROUP BY "DistrictName";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Budgets.DistrictName' AND "Value" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" = 'Budgets.DistrictName';""");
        }
    }
}
