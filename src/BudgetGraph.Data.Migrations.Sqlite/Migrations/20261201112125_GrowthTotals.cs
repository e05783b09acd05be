using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GrowthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpenditureYearTotals",
                columns: table => new
                {
                    TableKind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Min = table.Column<long>(type: "INTEGER", nullable: true),
                    Max = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureYearTotals", x => new { x.TableKind, x.Level, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "NameGramCounts",
                columns: table => new
                {
                    Kind = table.Column<byte>(type: "INTEGER", maxLength: 48, nullable: false),
                    Gram = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameGramCounts", x => new { x.Kind, x.Gram });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ExpenditureTotal_Desc",
                table: "Budgets",
                column: "ExpenditureTotal",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_ExpenditureTotal_Desc",
                table: "Budgets",
                columns: new[] { "FiscalYear", "ExpenditureTotal" },
                descending: new[] { false, true });

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The databases already stored get their year totals from the budgets' level totals and their gram counts
            // from the gram rows, with the SQL a bulk load runs at its end (Import/ExpenditureYearTotals.AllYears and
            // Search/NameGramSql.Counts, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
                SELECT t."TableKind", t."Level", t."FiscalYear", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
                FROM "ExpenditureLevelTotals" AS t
                GROUP BY t."TableKind", t."Level", t."FiscalYear";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
                SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" GROUP BY "Kind", "Gram";
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpenditureYearTotals");

            migrationBuilder.DropTable(
                name: "NameGramCounts");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_ExpenditureTotal_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_ExpenditureTotal_Desc",
                table: "Budgets");
        }
    }
}
