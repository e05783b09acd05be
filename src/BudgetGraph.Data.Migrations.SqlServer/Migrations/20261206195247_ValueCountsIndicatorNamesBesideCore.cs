using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountsIndicatorNamesBesideCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 57; the same SQL on SQLite and SQL Server) --------------------
            // An indicator's name is counted beside its core mark too (Import/ValueCounts.Beside; the mark may be null,
            // counted as a value): the databases already stored get those counts, with the SQL a bulk load runs at its
            // end (ValueCounts.BesideColumnSql, copied: a migration never calls code that may change later). No column
            // is new: no EXEC(N'…') on SQL Server.
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Indicators.Name@Core', "IsCore", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "IsCore", "Name";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" = 'Indicators.Name@Core';""");
        }
    }
}
