using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFacetKeyBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FirstId",
                table: "IndicatorFacetCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LastId",
                table: "IndicatorFacetCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // ---- Hand-written backfill (issue 8 session 50; the same SQL on SQLite and SQL Server) --------------------
            // The combinations counted again with their first and last keys, as a bulk load counts them at its end
            // (Import/IndicatorFacets.AllCombinations), spelled out: a migration never calls code that may change later.
            migrationBuilder.Sql("""
                DELETE FROM "IndicatorFacetCounts";
                INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count", "FirstId", "LastId")
                SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
                GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstId",
                table: "IndicatorFacetCounts");

            migrationBuilder.DropColumn(
                name: "LastId",
                table: "IndicatorFacetCounts");
        }
    }
}
