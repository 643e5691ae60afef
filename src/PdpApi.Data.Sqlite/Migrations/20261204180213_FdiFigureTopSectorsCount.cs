using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FdiFigureTopSectorsCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TopSectorsCount",
                table: "QuotedFigures",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TopSectorsCount",
                table: "QuotedFigures");
        }
    }
}
