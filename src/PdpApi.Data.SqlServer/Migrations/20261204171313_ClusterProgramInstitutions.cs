using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ClusterProgramInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InstitutionIds",
                table: "ClusterPrograms");

            migrationBuilder.CreateTable(
                name: "ClusterProgramInstitutions",
                columns: table => new
                {
                    ProgramId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProgramInstitutions", x => new { x.ProgramId, x.InstitutionId });
                    table.ForeignKey(
                        name: "FK_ClusterProgramInstitutions_ClusterPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "ClusterPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterProgramInstitutions_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterProgramInstitutions_InstitutionId",
                table: "ClusterProgramInstitutions",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterProgramInstitutions");

            migrationBuilder.AddColumn<string>(
                name: "InstitutionIds",
                table: "ClusterPrograms",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);
        }
    }
}
