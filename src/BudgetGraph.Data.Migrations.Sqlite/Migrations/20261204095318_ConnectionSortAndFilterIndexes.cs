using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConnectionSortAndFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Units_DistrictName_Desc",
                table: "Units",
                column: "DistrictName",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Units_OfficialName",
                table: "Units",
                column: "OfficialName");

            migrationBuilder.CreateIndex(
                name: "IX_Units_OfficialName_Desc",
                table: "Units",
                column: "OfficialName",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ShortName",
                table: "Units",
                column: "ShortName");

            migrationBuilder.CreateIndex(
                name: "IX_Units_ShortName_Desc",
                table: "Units",
                column: "ShortName",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Units_UnitCode",
                table: "Units",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_Units_UnitCode_Desc",
                table: "Units",
                column: "UnitCode",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category",
                table: "Projects",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category_Desc",
                table: "Projects",
                column: "Category",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code",
                table: "Projects",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code_Desc",
                table: "Projects",
                column: "Code",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear",
                table: "Projects",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Desc",
                table: "Projects",
                column: "FiscalYear",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_HasCoreIndicator",
                table: "Projects",
                column: "HasCoreIndicator");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name_Desc",
                table: "Projects",
                column: "Name",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Ordinal",
                table: "Projects",
                column: "Ordinal");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Ordinal_Desc",
                table: "Projects",
                column: "Ordinal",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear",
                table: "Indicators",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_Desc",
                table: "Indicators",
                column: "FiscalYear",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_IsCore",
                table: "Indicators",
                column: "IsCore");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level1",
                table: "Indicators",
                column: "Level1");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level2",
                table: "Indicators",
                column: "Level2");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level3",
                table: "Indicators",
                column: "Level3");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name_Desc",
                table: "Indicators",
                column: "Name",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators",
                column: "NumericTarget");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget_Desc",
                table: "Indicators",
                column: "NumericTarget",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Operator",
                table: "Indicators",
                column: "Operator");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Ordinal",
                table: "Indicators",
                column: "Ordinal");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Ordinal_Desc",
                table: "Indicators",
                column: "Ordinal",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitOfMeasure",
                table: "Indicators",
                column: "UnitOfMeasure");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight",
                table: "Indicators",
                column: "Weight");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight_Desc",
                table: "Indicators",
                column: "Weight",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_BasicExpenditure",
                table: "Budgets",
                column: "BasicExpenditure");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_BasicExpenditure_Desc",
                table: "Budgets",
                column: "BasicExpenditure",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_CarryOver",
                table: "Budgets",
                column: "CarryOver");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_Desc",
                table: "Budgets",
                column: "FiscalYear",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_IncomeTotal",
                table: "Budgets",
                column: "IncomeTotal");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_IncomeTotal_Desc",
                table: "Budgets",
                column: "IncomeTotal",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_PerformanceBudget",
                table: "Budgets",
                column: "PerformanceBudget");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_PerformanceBudget_Desc",
                table: "Budgets",
                column: "PerformanceBudget",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ProcurementTotal",
                table: "Budgets",
                column: "ProcurementTotal");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ProjectExpenditure",
                table: "Budgets",
                column: "ProjectExpenditure");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ProjectExpenditure_Desc",
                table: "Budgets",
                column: "ProjectExpenditure",
                descending: new bool[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_DistrictName_Desc",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_OfficialName",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_OfficialName_Desc",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_ShortName",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_ShortName_Desc",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_UnitCode",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_UnitCode_Desc",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Category",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Category_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_HasCoreIndicator",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Name_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Ordinal",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Ordinal_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_IsCore",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level1",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level2",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level3",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Name_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Operator",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Ordinal",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Ordinal_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitOfMeasure",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_BasicExpenditure",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_BasicExpenditure_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_CarryOver",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_IncomeTotal",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_IncomeTotal_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_PerformanceBudget",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_PerformanceBudget_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_ProcurementTotal",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_ProjectExpenditure",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_ProjectExpenditure_Desc",
                table: "Budgets");
        }
    }
}
