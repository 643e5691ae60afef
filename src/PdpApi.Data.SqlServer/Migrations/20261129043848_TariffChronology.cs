using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
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
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProductGroup = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    HsProducts = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusYear = table.Column<int>(type: "int", nullable: false),
                    StatusMonth = table.Column<int>(type: "int", nullable: true),
                    AdValoremEquivalent1999Percent = table.Column<double>(type: "float", nullable: true),
                    AdValoremEquivalent1999AsPrinted = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    EquivalentNullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceBandProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffChanges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Item = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    Day = table.Column<int>(type: "int", nullable: true),
                    Instrument = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    InstrumentNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RatesPercent = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    LinesAffected = table.Column<int>(type: "int", nullable: true),
                    LinesAffectedAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LinesAffectedSharePercent = table.Column<double>(type: "float", nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(1200)", maxLength: 1200, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
