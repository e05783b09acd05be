using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ValueCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Column = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValueCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ValueCounts_Column_Value",
                table: "ValueCounts",
                columns: new[] { "Column", "Value", "Count" });

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) -------------------------------
            // The databases already stored get their value counts with the SQL a bulk load runs at its end
            // (Import/ValueCounts.AllColumns, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Category', "Category", COUNT(*) FROM "Projects" GROUP BY "Category";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Category', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.Category' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Department', "Department", COUNT(*) FROM "Projects" GROUP BY "Department";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Department', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.Department' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level1', "Level1", COUNT(*) FROM "Indicators" GROUP BY "Level1";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level1', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level1' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level2', "Level2", COUNT(*) FROM "Indicators" GROUP BY "Level2";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level2', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level2' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level3', "Level3", COUNT(*) FROM "Indicators" GROUP BY "Level3";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level3', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level3' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.UnitOfMeasure', "UnitOfMeasure", COUNT(*) FROM "Indicators" GROUP BY "UnitOfMeasure";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.UnitOfMeasure', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.UnitOfMeasure' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Operator', "Operator", COUNT(*) FROM "Indicators" GROUP BY "Operator";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Operator', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Operator' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.TextTarget', "TextTarget", COUNT(*) FROM "Indicators" GROUP BY "TextTarget";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.TextTarget', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.TextTarget' AND "Value" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ValueCounts");
        }
    }
}
