using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RowCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RowCounts",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RowCounts", x => x.Name);
                });

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The databases already stored get their row counts with the SQL a bulk load runs at its end
            // (Import/RowCounts.AllTables, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Projects', COUNT(*) FROM "Projects";
                INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators', COUNT(*) FROM "Indicators";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RowCounts");
        }
    }
}
