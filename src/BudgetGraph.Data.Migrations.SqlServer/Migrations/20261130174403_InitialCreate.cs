using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SchemaStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ModelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemaStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EncodingName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    LineCount = table.Column<int>(type: "int", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Subjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Classification = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    EnglishName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OfficialName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    EnglishName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    DistrictName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    DistrictEnglishName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    FunctionsText = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    StructureText = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    ContactLine = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    SourceDocumentId = table.Column<int>(type: "int", nullable: false),
                    IncomeTotal = table.Column<long>(type: "bigint", nullable: true),
                    ExpenditureTotal = table.Column<long>(type: "bigint", nullable: true),
                    BasicExpenditure = table.Column<long>(type: "bigint", nullable: true),
                    ProjectExpenditure = table.Column<long>(type: "bigint", nullable: true),
                    GeneralPublicBudgetIncome = table.Column<long>(type: "bigint", nullable: true),
                    GovernmentFundIncome = table.Column<long>(type: "bigint", nullable: true),
                    StateCapitalIncome = table.Column<long>(type: "bigint", nullable: true),
                    CarryOver = table.Column<long>(type: "bigint", nullable: true),
                    CarryForward = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementTotal = table.Column<long>(type: "bigint", nullable: true),
                    PerformanceBudget = table.Column<long>(type: "bigint", nullable: true),
                    OverallGoal = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Budgets_SourceDocuments_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "SourceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Budgets_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DataQualityFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Table = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Row = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: true),
                    Expected = table.Column<long>(type: "bigint", nullable: true),
                    Actual = table.Column<long>(type: "bigint", nullable: true),
                    Message = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataQualityFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataQualityFindings_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosedTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    TableNumber = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    StartLine = table.Column<int>(type: "int", nullable: false),
                    EndLine = table.Column<int>(type: "int", nullable: false),
                    RowCount = table.Column<int>(type: "int", nullable: false),
                    IsPartial = table.Column<bool>(type: "bit", nullable: false),
                    Remark = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosedTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosedTables_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NarrativeStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    Metric = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Direction = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: true),
                    Change = table.Column<long>(type: "bigint", nullable: true),
                    ComparedYear = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    Sentence = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    Section = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarrativeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NarrativeStatements_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParserNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    Line = table.Column<int>(type: "int", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParserNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParserNotes_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EconomicLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    Personnel = table.Column<long>(type: "bigint", nullable: true),
                    Public = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EconomicLines_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EconomicLines_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ExpenditureLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    TableKind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    Basic = table.Column<long>(type: "bigint", nullable: true),
                    Project = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpenditureLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExpenditureLines_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpenditureLines_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "IncomeLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    GeneralPublicBudget = table.Column<long>(type: "bigint", nullable: true),
                    GovernmentFund = table.Column<long>(type: "bigint", nullable: true),
                    StateCapital = table.Column<long>(type: "bigint", nullable: true),
                    OtherSources = table.Column<long>(type: "bigint", nullable: true),
                    CarryOver = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncomeLines_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncomeLines_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProcurementLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    GeneralPublicBudget = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementLines_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcurementLines_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Ordinal = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Category = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Department = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    ExecutionRateWeight = table.Column<long>(type: "bigint", nullable: true),
                    Overview = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    Basis = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    Goal = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    HasCoreIndicator = table.Column<bool>(type: "bit", nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Projects_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SummaryLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    TableKind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Side = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    GeneralPublicBudget = table.Column<long>(type: "bigint", nullable: true),
                    GovernmentFund = table.Column<long>(type: "bigint", nullable: true),
                    StateCapital = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummaryLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SummaryLines_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SummaryLines_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "TableTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Column = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableTotals_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TableTotals_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ThreePublicCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    TableId = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: true),
                    OverseasTravel = table.Column<long>(type: "bigint", nullable: true),
                    VehicleSubtotal = table.Column<long>(type: "bigint", nullable: true),
                    VehiclePurchase = table.Column<long>(type: "bigint", nullable: true),
                    VehicleOperation = table.Column<long>(type: "bigint", nullable: true),
                    OfficialReception = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreePublicCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThreePublicCosts_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThreePublicCosts_DisclosedTables_TableId",
                        column: x => x.TableId,
                        principalTable: "DisclosedTables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: true),
                    Ordinal = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RawName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Level1 = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Level2 = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Level3 = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Weight = table.Column<long>(type: "bigint", nullable: true),
                    UnitOfMeasure = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Operator = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    OperatorRaw = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    NumericTarget = table.Column<long>(type: "bigint", nullable: true),
                    TextTarget = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    IsCore = table.Column<bool>(type: "bit", nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Indicators_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProjectFundingSplits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    SourceLine = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFundingSplits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectFundingSplits_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ExpenditureTotal",
                table: "Budgets",
                column: "ExpenditureTotal");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear",
                table: "Budgets",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_SourceDocumentId",
                table: "Budgets",
                column: "SourceDocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_UnitId_FiscalYear",
                table: "Budgets",
                columns: new[] { "UnitId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataQualityFindings_BudgetId_Rule",
                table: "DataQualityFindings",
                columns: new[] { "BudgetId", "Rule" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosedTables_BudgetId",
                table: "DisclosedTables",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicLines_BudgetId_Code",
                table: "EconomicLines",
                columns: new[] { "BudgetId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_EconomicLines_TableId",
                table: "EconomicLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_BudgetId_TableKind_Code",
                table: "ExpenditureLines",
                columns: new[] { "BudgetId", "TableKind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Code_TableKind",
                table: "ExpenditureLines",
                columns: new[] { "Code", "TableKind" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_TableId",
                table: "ExpenditureLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Total",
                table: "ExpenditureLines",
                column: "Total");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeLines_BudgetId_Code",
                table: "IncomeLines",
                columns: new[] { "BudgetId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomeLines_TableId",
                table: "IncomeLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_BudgetId",
                table: "Indicators",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name",
                table: "Indicators",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators",
                column: "NumericTarget");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ProjectId_Ordinal",
                table: "Indicators",
                columns: new[] { "ProjectId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeStatements_BudgetId_Metric",
                table: "NarrativeStatements",
                columns: new[] { "BudgetId", "Metric" });

            migrationBuilder.CreateIndex(
                name: "IX_ParserNotes_BudgetId",
                table: "ParserNotes",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementLines_BudgetId",
                table: "ProcurementLines",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementLines_TableId",
                table: "ProcurementLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFundingSplits_ProjectId",
                table: "ProjectFundingSplits",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Amount",
                table: "Projects",
                column: "Amount");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_BudgetId",
                table: "Projects",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Amount",
                table: "Projects",
                columns: new[] { "FiscalYear", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name",
                table: "Projects",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_TableId",
                table: "Projects",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_UnitId",
                table: "Projects",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceDocuments_Sha256",
                table: "SourceDocuments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Subjects_Classification_Code",
                table: "Subjects",
                columns: new[] { "Classification", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subjects_ParentCode",
                table: "Subjects",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_SummaryLines_BudgetId",
                table: "SummaryLines",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_SummaryLines_TableId",
                table: "SummaryLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_TableTotals_BudgetId",
                table: "TableTotals",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_TableTotals_TableId",
                table: "TableTotals",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicCosts_BudgetId",
                table: "ThreePublicCosts",
                column: "BudgetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicCosts_TableId",
                table: "ThreePublicCosts",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Slug",
                table: "Units",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataQualityFindings");

            migrationBuilder.DropTable(
                name: "EconomicLines");

            migrationBuilder.DropTable(
                name: "ExpenditureLines");

            migrationBuilder.DropTable(
                name: "IncomeLines");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "NarrativeStatements");

            migrationBuilder.DropTable(
                name: "ParserNotes");

            migrationBuilder.DropTable(
                name: "ProcurementLines");

            migrationBuilder.DropTable(
                name: "ProjectFundingSplits");

            migrationBuilder.DropTable(
                name: "SchemaStamps");

            migrationBuilder.DropTable(
                name: "Subjects");

            migrationBuilder.DropTable(
                name: "SummaryLines");

            migrationBuilder.DropTable(
                name: "TableTotals");

            migrationBuilder.DropTable(
                name: "ThreePublicCosts");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "DisclosedTables");

            migrationBuilder.DropTable(
                name: "Budgets");

            migrationBuilder.DropTable(
                name: "SourceDocuments");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
