using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TariffChronology : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriceBandProducts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    HsProducts = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    AdValoremEquivalent1999Percent = table.Column<double>(type: "REAL", nullable: true),
                    AdValoremEquivalent1999AsPrinted = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EquivalentNullReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceBandProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffChanges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InstrumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RatesPercent = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LinesAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    LinesAffectedAsPrinted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinesAffectedSharePercent = table.Column<double>(type: "REAL", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffChanges", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceBandProducts");

            migrationBuilder.DropTable(
                name: "TariffChanges");
        }
    }
}
