using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExpenditureLevelTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FiscalYear",
                table: "ExpenditureLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "ExpenditureLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ExpenditureLevelTotals",
                columns: table => new
                {
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TableKind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Min = table.Column<long>(type: "INTEGER", nullable: true),
                    Max = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureLevelTotals", x => new { x.BudgetId, x.TableKind, x.Level });
                    table.ForeignKey(
                        name: "FK_ExpenditureLevelTotals_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing databases upgrade in place: the lines take their budget's unit and year, and every stored budget
            // gets its level totals, with the SQL the importer runs per document (Import/ExpenditureLevelTotals; portable).
            migrationBuilder.Sql("""
                UPDATE "ExpenditureLines" SET
                    "UnitId" = (SELECT b."UnitId" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId"),
                    "FiscalYear" = (SELECT b."FiscalYear" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "UnitId", "FiscalYear", "Sum", "Count", "Min", "Max")
                SELECT l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear", SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
                FROM "ExpenditureLines" AS l
                GROUP BY l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Units_OfficialName_Slug",
                table: "Units",
                columns: new[] { "OfficialName", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_ShortName_Slug",
                table: "Units",
                columns: new[] { "ShortName", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Compare",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "FiscalYear", "Total", "UnitId", "BudgetId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLevelTotals_Year",
                table: "ExpenditureLevelTotals",
                columns: new[] { "TableKind", "Level", "FiscalYear", "UnitId", "Sum", "Count", "Min", "Max" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpenditureLevelTotals");

            migrationBuilder.DropIndex(
                name: "IX_Units_OfficialName_Slug",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_ShortName_Slug",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Compare",
                table: "ExpenditureLines");

            migrationBuilder.DropColumn(
                name: "FiscalYear",
                table: "ExpenditureLines");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "ExpenditureLines");
        }
    }
}
