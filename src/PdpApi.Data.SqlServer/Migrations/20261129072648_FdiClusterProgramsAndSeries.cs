using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FdiClusterProgramsAndSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffStructure",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffSchedules",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffChanges",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffBandShares",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SurveyRespondents",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SectorProtection",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SectorGroups",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "QuotedFigures",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Ptas",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PtaEvents",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "ProtectionGrowthCorrelations",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PriceBandProducts",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PreferenceSchemes",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "NtbTypes",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "NtbCountries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "LegalEvents",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Institutions",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionMinistries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionLinks",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionFigures",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionFailures",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "IncentiveTradeValues",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "IncentiveRules",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "FreeZones",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "EconomicFailures",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Clusters",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "BeneficiaryFirms",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "ClusterPrograms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    NameAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Donor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExecutingAgency = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    StartAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    StartYear = table.Column<int>(type: "int", nullable: true),
                    StartMonth = table.Column<int>(type: "int", nullable: true),
                    EndAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EndYear = table.Column<int>(type: "int", nullable: true),
                    InstitutionIds = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterPrograms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FdiValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    SectorId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    SectorAsPrinted = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ParentSectorId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    SectorPosition = table.Column<int>(type: "int", nullable: false),
                    FlowOrStock = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceSeries = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FdiValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Series",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UnitNote = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    PeriodConvention = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Series", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ClusterProgramClusters",
                columns: table => new
                {
                    ProgramId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ClusterId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProgramClusters", x => new { x.ProgramId, x.ClusterId });
                    table.ForeignKey(
                        name: "FK_ClusterProgramClusters_ClusterPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "ClusterPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterProgramClusters_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClusterProgramFigures",
                columns: table => new
                {
                    ProgramId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ClusterId = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Qualifier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Reading = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Published = table.Column<bool>(type: "bit", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    PeriodLabel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    StartYear = table.Column<int>(type: "int", nullable: true),
                    EndYear = table.Column<int>(type: "int", nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProgramFigures", x => new { x.ProgramId, x.Id });
                    table.ForeignKey(
                        name: "FK_ClusterProgramFigures_ClusterPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "ClusterPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClusterProgramGoals",
                columns: table => new
                {
                    ProgramId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ComponentId = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ComponentAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GoalNumberAsPrinted = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    GoalAsPrinted = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IndicatorAsPrinted = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TargetValue = table.Column<double>(type: "float", nullable: true),
                    TargetUnit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    TargetQualifier = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    TargetAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TargetBasis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AchievedValue = table.Column<double>(type: "float", nullable: true),
                    AchievedUnit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AchievedAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AchievementPercent = table.Column<double>(type: "float", nullable: true),
                    AchievementAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Flags = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClusterIds = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProgramGoals", x => new { x.ProgramId, x.Id });
                    table.ForeignKey(
                        name: "FK_ClusterProgramGoals_ClusterPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "ClusterPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeriesObservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    SeriesCode = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    PeriodAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DimensionId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    DimensionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DimensionParentId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    DimensionPosition = table.Column<int>(type: "int", nullable: true),
                    Value = table.Column<double>(type: "float", nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeriesObservations_Series_SeriesCode",
                        column: x => x.SeriesCode,
                        principalTable: "Series",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterProgramClusters_ClusterId",
                table: "ClusterProgramClusters",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_FdiValues_Measure_SectorId",
                table: "FdiValues",
                columns: new[] { "Measure", "SectorId" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesObservations_SeriesCode_DimensionId",
                table: "SeriesObservations",
                columns: new[] { "SeriesCode", "DimensionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterProgramClusters");

            migrationBuilder.DropTable(
                name: "ClusterProgramFigures");

            migrationBuilder.DropTable(
                name: "ClusterProgramGoals");

            migrationBuilder.DropTable(
                name: "FdiValues");

            migrationBuilder.DropTable(
                name: "SeriesObservations");

            migrationBuilder.DropTable(
                name: "ClusterPrograms");

            migrationBuilder.DropTable(
                name: "Series");

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffStructure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffSchedules",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffChanges",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "TariffBandShares",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SurveyRespondents",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SectorProtection",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "SectorGroups",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "QuotedFigures",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Ptas",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PtaEvents",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "ProtectionGrowthCorrelations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PriceBandProducts",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "PreferenceSchemes",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "NtbTypes",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "NtbCountries",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "LegalEvents",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Institutions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionMinistries",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionLinks",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionFigures",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "InstitutionFailures",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "IncentiveTradeValues",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "IncentiveRules",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "FreeZones",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "EconomicFailures",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "Clusters",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Provenance_Note",
                table: "BeneficiaryFirms",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);
        }
    }
}
