using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetUnitIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing on SQL Server: IX_Budgets_UnitId_IndicatorRows is (UnitId) INCLUDE (IndicatorRows) there, a unit's
            // budgets in key order already. SQLite, which cannot include a column, gets IX_Budgets_UnitId of its own.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
