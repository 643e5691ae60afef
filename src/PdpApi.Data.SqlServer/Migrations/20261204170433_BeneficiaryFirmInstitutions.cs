using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BeneficiaryFirmInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InstitutionIds",
                table: "BeneficiaryFirms");

            migrationBuilder.CreateTable(
                name: "BeneficiaryFirmInstitutions",
                columns: table => new
                {
                    FirmId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeneficiaryFirmInstitutions", x => new { x.FirmId, x.InstitutionId });
                    table.ForeignKey(
                        name: "FK_BeneficiaryFirmInstitutions_BeneficiaryFirms_FirmId",
                        column: x => x.FirmId,
                        principalTable: "BeneficiaryFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BeneficiaryFirmInstitutions_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFirmInstitutions_InstitutionId",
                table: "BeneficiaryFirmInstitutions",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeneficiaryFirmInstitutions");

            migrationBuilder.AddColumn<string>(
                name: "InstitutionIds",
                table: "BeneficiaryFirms",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
