using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WholeDatasetGrowth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpenditureDistrictTotals",
                columns: table => new
                {
                    TableKind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    DistrictName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Min = table.Column<long>(type: "INTEGER", nullable: true),
                    Max = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureDistrictTotals", x => new { x.TableKind, x.Level, x.DistrictName });
                });

            // Hand-written: the databases already stored get their district totals from the budgets' level totals, with
            // the SQL a bulk load runs at its end (Import/ExpenditureDistrictTotals.AllDistricts; portable).
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max")
                SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
                FROM "Units" AS u
                INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
                INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
                GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Units_Id_Slug",
                table: "Units",
                columns: new[] { "Id", "Slug", "ShortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Amount_Desc",
                table: "Projects",
                column: "Amount",
                descending: new bool[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpenditureDistrictTotals");

            migrationBuilder.DropIndex(
                name: "IX_Units_Id_Slug",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Amount_Desc",
                table: "Projects");
        }
    }
}
