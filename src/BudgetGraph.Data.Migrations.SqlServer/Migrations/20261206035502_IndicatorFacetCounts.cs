using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorFacetCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Level1 = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Level2 = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Operator = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    IsCore = table.Column<bool>(type: "bit", nullable: true),
                    Weight = table.Column<long>(type: "bigint", nullable: true),
                    ProjectCategory = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorFacetCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFacetCounts_FiscalYear",
                table: "IndicatorFacetCounts",
                column: "FiscalYear");

            // ---- Hand-written backfill (issue 8 session 50; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the counts of their indicators' combinations, with the statement a bulk
            // load runs at its end (Import/IndicatorFacets.AllCombinations), spelled out: a migration never calls code
            // that may change later.
            migrationBuilder.Sql("""
                INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count")
                SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*) FROM "Indicators"
                GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorFacetCounts");
        }
    }
}
