using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
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
                    ProgramId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    InstitutionId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }
    }
}
