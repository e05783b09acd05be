using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
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
                    Kind = table.Column<byte>(type: "tinyint", maxLength: 48, nullable: false),
                    Gram = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: false, collation: "Latin1_General_100_BIN2"),
                    EntityId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameGrams", x => new { x.Kind, x.Gram, x.EntityId });
                });

            // Hand-written (keep when regenerating): the grams of the names already stored, derived as the importer does.
            migrationBuilder.Sql(BudgetGraph.Data.Search.NameGramSql.BackfillSqlServer);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameGrams");
        }
    }
}
