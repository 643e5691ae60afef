using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClusterProgramGoalClustersAndFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClusterIds",
                table: "ClusterProgramGoals");

            migrationBuilder.AlterColumn<string>(
                name: "Flags",
                table: "ClusterProgramGoals",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "ClusterProgramGoalClusters",
                columns: table => new
                {
                    ProgramId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    GoalId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterProgramGoalClusters", x => new { x.ProgramId, x.GoalId, x.ClusterId });
                    table.ForeignKey(
                        name: "FK_ClusterProgramGoalClusters_ClusterProgramGoals_ProgramId_GoalId",
                        columns: x => new { x.ProgramId, x.GoalId },
                        principalTable: "ClusterProgramGoals",
                        principalColumns: new[] { "ProgramId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterProgramGoalClusters_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterProgramGoalClusters_ClusterId",
                table: "ClusterProgramGoalClusters",
                column: "ClusterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterProgramGoalClusters");

            migrationBuilder.AlterColumn<string>(
                name: "Flags",
                table: "ClusterProgramGoals",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ClusterIds",
                table: "ClusterProgramGoals",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");
        }
    }
}
