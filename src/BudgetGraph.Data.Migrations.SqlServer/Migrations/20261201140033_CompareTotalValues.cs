using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CompareTotalValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpenditureTotalValues",
                columns: table => new
                {
                    TableKind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    LineCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureTotalValues", x => new { x.TableKind, x.Level, x.Code, x.FiscalYear, x.Value });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureTotalValues_Overall",
                table: "ExpenditureTotalValues",
                columns: new[] { "TableKind", "Level", "Code", "Value", "FiscalYear" });

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The databases already stored get compare's distinct line totals (per table, level, code, year; a missing
            // total as 0) counted from their lines, with the SQL a bulk load runs at its end
            // (Import/ExpenditureTotalValues.AllValues without its DELETE, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ExpenditureTotalValues" ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
                SELECT g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0), SUM(g."N")
                FROM (
                    SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total", COUNT(*) AS "N"
                    FROM "ExpenditureLines" AS l
                    GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total"
                ) AS g
                GROUP BY g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0);
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpenditureTotalValues");
        }
    }
}
