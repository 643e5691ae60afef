using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FootnotedPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "SectorProtection");

            migrationBuilder.AddColumn<string>(
                name: "PeriodAsPrinted",
                table: "SectorProtection",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PeriodAsPrinted",
                table: "InstitutionFigures",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PeriodAsPrinted",
                table: "SectorProtection");

            migrationBuilder.DropColumn(
                name: "PeriodAsPrinted",
                table: "InstitutionFigures");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "SectorProtection",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
