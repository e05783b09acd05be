using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountsBesideCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 56; the same SQL on SQLite and SQL Server) --------------------
            // The cards' departments are counted beside their core mark too (Import/ValueCounts.Beside): the databases
            // already stored get their counts, with the SQL a bulk load runs at its end (ValueCounts.BesideColumnSql,
            // copied: a migration never calls code that may change later). No column is new: no EXEC(N'…') on SQL Server.
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Projects.Department@Core', "HasCoreIndicator", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "HasCoreIndicator", "Department";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" = 'Projects.Department@Core';""");
        }
    }
}
