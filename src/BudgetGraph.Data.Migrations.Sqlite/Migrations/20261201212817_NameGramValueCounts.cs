using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameGramValueCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NameGramValueCounts",
                columns: table => new
                {
                    Kind = table.Column<byte>(type: "INTEGER", maxLength: 48, nullable: false),
                    Gram = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameGramValueCounts", x => new { x.Kind, x.Gram, x.Value });
                });

            // ---- Hand-written backfill (issue 8 session 11; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the counts of the numbers their gram rows carry: the statement of
            // Search/NameGramSql.Counts, copied (a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
                SELECT "Kind", "Gram", "Value", COUNT(*) FROM "NameGrams" WHERE "Value" IS NOT NULL GROUP BY "Kind", "Gram", "Value";
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameGramValueCounts");
        }
    }
}
