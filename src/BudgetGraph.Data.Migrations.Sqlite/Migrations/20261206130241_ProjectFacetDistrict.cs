using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectFacetDistrict : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "ProjectFacetCounts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 54; the same SQL on SQLite and SQL Server) --------------------
            // The cards' combinations counted again with the district they carry, and their first and last keys, as a bulk
            // load counts them at its end (Import/FacetCounts.AllCombinations), spelled out: a migration never calls code
            // that may change later.
            migrationBuilder.Sql("""
                DELETE FROM "ProjectFacetCounts";
                INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "DistrictName", "Count", "FirstId", "LastId")
                SELECT "FiscalYear", "Category", "HasCoreIndicator", "DistrictName", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
                GROUP BY "FiscalYear", "Category", "HasCoreIndicator", "DistrictName";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "ProjectFacetCounts");
        }
    }
}
