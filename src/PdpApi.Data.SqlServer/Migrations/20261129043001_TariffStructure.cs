using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TariffStructure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProtectionGrowthCorrelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Coefficient = table.Column<double>(type: "float", nullable: true),
                    CoefficientAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Observations = table.Column<int>(type: "int", nullable: true),
                    SignificantAt5Percent = table.Column<bool>(type: "bit", nullable: false),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionGrowthCorrelations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorGroups",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    NameA6AsPrinted = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    NameA7AsPrinted = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffBandShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    BandId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BandAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LowerExclusivePercent = table.Column<double>(type: "float", nullable: true),
                    UpperInclusivePercent = table.Column<double>(type: "float", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    SectorGroupId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    SharePercent = table.Column<double>(type: "float", nullable: true),
                    ShareAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Placement = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffBandShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffBandShares_SectorGroups_SectorGroupId",
                        column: x => x.SectorGroupId,
                        principalTable: "SectorGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TariffStructure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SectorGroupId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: false),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Period_EndYear = table.Column<int>(type: "int", nullable: false),
                    Period_Label = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "int", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffStructure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffStructure_SectorGroups_SectorGroupId",
                        column: x => x.SectorGroupId,
                        principalTable: "SectorGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TariffBandShares_SectorGroupId",
                table: "TariffBandShares",
                column: "SectorGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_TariffStructure_SectorGroupId",
                table: "TariffStructure",
                column: "SectorGroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProtectionGrowthCorrelations");

            migrationBuilder.DropTable(
                name: "TariffBandShares");

            migrationBuilder.DropTable(
                name: "TariffStructure");

            migrationBuilder.DropTable(
                name: "SectorGroups");
        }
    }
}
