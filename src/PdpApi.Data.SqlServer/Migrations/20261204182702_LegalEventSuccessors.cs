using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LegalEventSuccessors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SuccessorBodyIds",
                table: "LegalEvents");

            migrationBuilder.CreateTable(
                name: "LegalEventSuccessors",
                columns: table => new
                {
                    LegalEventId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalEventSuccessors", x => new { x.LegalEventId, x.InstitutionId });
                    table.ForeignKey(
                        name: "FK_LegalEventSuccessors_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalEventSuccessors_LegalEvents_LegalEventId",
                        column: x => x.LegalEventId,
                        principalTable: "LegalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalEventSuccessors_InstitutionId",
                table: "LegalEventSuccessors",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalEventSuccessors");

            migrationBuilder.AddColumn<string>(
                name: "SuccessorBodyIds",
                table: "LegalEvents",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);
        }
    }
}
