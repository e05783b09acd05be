using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TextSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_BudgetId",
                table: "Indicators");

            migrationBuilder.AddColumn<long>(
                name: "Value",
                table: "NameGrams",
                type: "bigint",
                nullable: true);

            // ---- Hand-written (keep when regenerating; before the index on Value, so it is built once) ----
            // The numbers the grams of names already stored carry: an indicator's target (Search/NameGramSql.cs).
            migrationBuilder.Sql(BudgetGraph.Data.Search.NameGramSql.BackfillValuesSqlServer);
            // ---- end of hand-written ----

            migrationBuilder.CreateIndex(
                name: "IX_NameGrams_Kind_Gram_Value",
                table: "NameGrams",
                columns: new[] { "Kind", "Gram", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_BudgetId_ProjectId_Ordinal",
                table: "Indicators",
                columns: new[] { "BudgetId", "ProjectId", "Ordinal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NameGrams_Kind_Gram_Value",
                table: "NameGrams");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_BudgetId_ProjectId_Ordinal",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "Value",
                table: "NameGrams");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_BudgetId",
                table: "Indicators",
                column: "BudgetId");
        }
    }
}
