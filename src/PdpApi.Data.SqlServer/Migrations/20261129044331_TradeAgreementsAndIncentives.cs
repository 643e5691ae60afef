using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TradeAgreementsAndIncentives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FreeZones",
                columns: table => new
                {
                    Key = table.Column<int>(type: "int", nullable: false),
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    Reading = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PreferredReading = table.Column<bool>(type: "bit", nullable: false),
                    NameAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Region = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    CreatedByInstrument = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstrumentNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstrumentDateAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedYear = table.Column<int>(type: "int", nullable: true),
                    CreatedMonth = table.Column<int>(type: "int", nullable: true),
                    CreatedDay = table.Column<int>(type: "int", nullable: true),
                    OperatingUntilYear = table.Column<int>(type: "int", nullable: true),
                    Benefits = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    BenefitsEndYear = table.Column<int>(type: "int", nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreeZones", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "IncentiveRules",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ZoneIds = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RuleType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: true),
                    ValueUnit = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Bound = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ValidFromYear = table.Column<int>(type: "int", nullable: true),
                    ValidToYear = table.Column<int>(type: "int", nullable: true),
                    InForceAsOfYear = table.Column<int>(type: "int", nullable: true),
                    Instrument = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InstrumentNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstrumentDateAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InstrumentYear = table.Column<int>(type: "int", nullable: true),
                    InstrumentMonth = table.Column<int>(type: "int", nullable: true),
                    InstrumentDay = table.Column<int>(type: "int", nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncentiveRules", x => new { x.Regime, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "IncentiveTradeValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Dataset = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SectorId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    SectorAsPrinted = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ParentSectorId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    SectorPosition = table.Column<int>(type: "int", nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    IsPeriodAverage = table.Column<bool>(type: "bit", nullable: true),
                    Value = table.Column<double>(type: "float", nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PrintedColumn = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Placement = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncentiveTradeValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NtbCountries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    NameAsPrinted = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    AgricultureFoodSharePercent = table.Column<double>(type: "float", nullable: false),
                    MiningPetroleumGasSharePercent = table.Column<double>(type: "float", nullable: false),
                    ManufactureSharePercent = table.Column<double>(type: "float", nullable: false),
                    RestSharePercent = table.Column<double>(type: "float", nullable: false),
                    WeightedAverageNtbsPerTariffLine = table.Column<double>(type: "float", nullable: false),
                    WeightedAverageNtbsPerTariffLineAsPrinted = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NtbsFacedByPeruExports = table.Column<int>(type: "int", nullable: true),
                    NtbsFacedByPeruExportsNullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    TotalNtbs = table.Column<int>(type: "int", nullable: false),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NtbCountries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NtbTypes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Examples = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NtbTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PreferenceSchemes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    NameAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Partner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ActionAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DateAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    YearNullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    InForceAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InForceYear = table.Column<int>(type: "int", nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreferenceSchemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ptas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    AgreementNumber = table.Column<int>(type: "int", nullable: true),
                    AgreementNumberTableReading = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AgreementNumberFootnoteReading = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Members = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Partners = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    InitialDateAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    StartYear = table.Column<int>(type: "int", nullable: false),
                    ExportShare2006Percent = table.Column<double>(type: "float", nullable: false),
                    ExportShare2006AsPrinted = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ImportShare2006Percent = table.Column<double>(type: "float", nullable: false),
                    ImportShare2006AsPrinted = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ShareBasis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SectoralPreferencesAsPrinted = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SectorCoverage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HsChapters = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TariffKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AverageTariffPercent = table.Column<double>(type: "float", nullable: true),
                    AverageTariffAgriculturePercent = table.Column<double>(type: "float", nullable: true),
                    AverageTariffAgricultureNullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AgricultureScopeAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TariffYear = table.Column<int>(type: "int", nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(1200)", maxLength: 1200, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ptas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotedFigures",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ValueFraction = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Qualifier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Bound = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PeriodLabel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    StartYear = table.Column<int>(type: "int", nullable: true),
                    EndYear = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotedFigures", x => new { x.Topic, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "PtaEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    PtaId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    Day = table.Column<int>(type: "int", nullable: true),
                    YearNullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Event = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RelatedAgreementsAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DateAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Reading = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PtaEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PtaEvents_Ptas_PtaId",
                        column: x => x.PtaId,
                        principalTable: "Ptas",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_FreeZones_Id_Reading",
                table: "FreeZones",
                columns: new[] { "Id", "Reading" },
                unique: true,
                filter: "[Id] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveTradeValues_Dataset_SectorId",
                table: "IncentiveTradeValues",
                columns: new[] { "Dataset", "SectorId" });

            migrationBuilder.CreateIndex(
                name: "IX_PtaEvents_PtaId",
                table: "PtaEvents",
                column: "PtaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FreeZones");

            migrationBuilder.DropTable(
                name: "IncentiveRules");

            migrationBuilder.DropTable(
                name: "IncentiveTradeValues");

            migrationBuilder.DropTable(
                name: "NtbCountries");

            migrationBuilder.DropTable(
                name: "NtbTypes");

            migrationBuilder.DropTable(
                name: "PreferenceSchemes");

            migrationBuilder.DropTable(
                name: "PtaEvents");

            migrationBuilder.DropTable(
                name: "QuotedFigures");

            migrationBuilder.DropTable(
                name: "Ptas");
        }
    }
}
