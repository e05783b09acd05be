using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NameGrams",
                columns: table => new
                {
                    Kind = table.Column<byte>(type: "INTEGER", maxLength: 48, nullable: false),
                    Gram = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameGrams", x => new { x.Kind, x.Gram, x.EntityId });
                });

            // Hand-written (keep when regenerating): the grams of the names already stored, derived as the importer does.
            migrationBuilder.Sql(BudgetGraph.Data.Search.NameGramSql.BackfillSqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameGrams");
        }
    }
}
