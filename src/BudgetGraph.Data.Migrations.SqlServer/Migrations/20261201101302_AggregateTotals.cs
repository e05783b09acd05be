using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AggregateTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpenditureSubjectTotals",
                columns: table => new
                {
                    TableKind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Sum = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Min = table.Column<long>(type: "bigint", nullable: true),
                    Max = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureSubjectTotals", x => new { x.TableKind, x.Level, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "ExpenditureUnitTotals",
                columns: table => new
                {
                    TableKind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Sum = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Min = table.Column<long>(type: "bigint", nullable: true),
                    Max = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureUnitTotals", x => new { x.UnitId, x.TableKind, x.Level });
                    table.ForeignKey(
                        name: "FK_ExpenditureUnitTotals_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Id" },
                descending: new[] { false, false, false, true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "UnitId", "BudgetId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureUnitTotals_Slug",
                table: "ExpenditureUnitTotals",
                columns: new[] { "TableKind", "Level", "Slug" })
                .Annotation("SqlServer:Include", new[] { "UnitId", "Sum", "Count", "Min", "Max" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureUnitTotals_Sum",
                table: "ExpenditureUnitTotals",
                columns: new[] { "TableKind", "Level", "Sum", "Slug" },
                descending: new[] { false, false, true, false })
                .Annotation("SqlServer:Include", new[] { "UnitId", "Count", "Min", "Max" });

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The databases already stored get their unit totals from the budgets' level totals and their subject totals
            // from the lines, with the SQL a bulk load runs at its end (Import/ExpenditureUnitTotals.AllUnits and
            // Import/ExpenditureSubjectTotals.AllSubjects, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureUnitTotals" ("UnitId", "TableKind", "Level", "Slug", "Sum", "Count", "Min", "Max")
                SELECT u."Id", t."TableKind", t."Level", u."Slug", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
                FROM "Units" AS u
                INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
                INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
                GROUP BY u."Id", u."Slug", t."TableKind", t."Level";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureSubjectTotals" ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
                SELECT l."TableKind", l."Level", l."Code", MAX(l."Name"), SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
                FROM "ExpenditureLines" AS l
                GROUP BY l."TableKind", l."Level", l."Code";
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpenditureSubjectTotals");

            migrationBuilder.DropTable(
                name: "ExpenditureUnitTotals");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines");
        }
    }
}
