using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Tariffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SectorProtection",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SectorId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SectorPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAverage = table.Column<bool>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ValuePercent = table.Column<double>(type: "REAL", nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NullReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SectorFootnoteMarkers = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Period_EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Period_Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period_StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorProtection", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffSchedules",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateAsPrinted = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    AverageAdValoremPercent = table.Column<double>(type: "REAL", nullable: false),
                    StandardDeviationPoints = table.Column<double>(type: "REAL", nullable: false),
                    MaximumWithSurchargesPercent = table.Column<double>(type: "REAL", nullable: false),
                    TotalLines = table.Column<int>(type: "INTEGER", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffScheduleLines",
                columns: table => new
                {
                    ScheduleId = table.Column<string>(type: "TEXT", nullable: false),
                    RatePercent = table.Column<double>(type: "REAL", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffScheduleLines", x => new { x.ScheduleId, x.RatePercent });
                    table.ForeignKey(
                        name: "FK_TariffScheduleLines_TariffSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "TariffSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SectorProtection_SectorId_Measure",
                table: "SectorProtection",
                columns: new[] { "SectorId", "Measure" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SectorProtection");

            migrationBuilder.DropTable(
                name: "TariffScheduleLines");

            migrationBuilder.DropTable(
                name: "TariffSchedules");
        }
    }
}
