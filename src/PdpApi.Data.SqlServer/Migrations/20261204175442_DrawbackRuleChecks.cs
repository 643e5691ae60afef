using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DrawbackRuleChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Checks",
                table: "IncentiveRules",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Checks",
                table: "IncentiveRules");
        }
    }
}
