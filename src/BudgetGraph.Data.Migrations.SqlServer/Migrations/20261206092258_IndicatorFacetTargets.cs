using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFacetTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NumericTarget",
                table: "IndicatorFacetCounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextTarget",
                table: "IndicatorFacetCounts",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 52; the same SQL on SQLite and SQL Server) --------------------
            // The combinations counted again with the numeric and qualitative targets, and their first and last keys, as a
            // bulk load counts them at its end (Import/FacetCounts.AllCombinations), spelled out: a migration never calls
            // code that may change later. On SQL Server inside EXEC(N'…'): T-SQL compiles a batch before the columns it
            // names exist.
            migrationBuilder.Sql("""
                EXEC(N'
                DELETE FROM "IndicatorFacetCounts";
                INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", "Count", "FirstId", "LastId")
                SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
                GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget";
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NumericTarget",
                table: "IndicatorFacetCounts");

            migrationBuilder.DropColumn(
                name: "TextTarget",
                table: "IndicatorFacetCounts");
        }
    }
}
