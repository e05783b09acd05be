using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DistrictUnitCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Units",
                table: "ExpenditureDistrictTotals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // ---- Hand-written backfill (issue 8 session 9; the same SQL on SQLite and SQL Server) ---------------------
            // The databases already stored get each district's number of units per table and level: every district's
            // totals again from the level totals, with the SQL a bulk load runs at its end
            // (Import/ExpenditureDistrictTotals.AllDistricts, copied: a migration never calls code that may change later).
            // On SQL Server inside EXEC(N'…'): T-SQL compiles a batch before the column it names exists.
            migrationBuilder.Sql("""
                EXEC(N'
                DELETE FROM "ExpenditureDistrictTotals";
                INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")
                SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max"), COUNT(DISTINCT u."Id")
                FROM "Units" AS u
                INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
                INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
                GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '''');
                ');
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Units",
                table: "ExpenditureDistrictTotals");
        }
    }
}
