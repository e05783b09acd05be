using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectFacetCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    HasCoreIndicator = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFacetCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFacetCounts_FiscalYear",
                table: "ProjectFacetCounts",
                column: "FiscalYear");

            // ---- Hand-written backfill (issue 8 session 50; the same SQL on SQLite and SQL Server) --------------------
            // The cards' combinations counted with their first and last keys, as a bulk load counts them at its end
            // (Import/FacetCounts.Projects.AllCombinations), spelled out: a migration never calls code that may change later.
            migrationBuilder.Sql("""
                INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "Count", "FirstId", "LastId")
                SELECT "FiscalYear", "Category", "HasCoreIndicator", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
                GROUP BY "FiscalYear", "Category", "HasCoreIndicator";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectFacetCounts");
        }
    }
}
