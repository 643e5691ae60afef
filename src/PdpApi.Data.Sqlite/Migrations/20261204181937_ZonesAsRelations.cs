using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ZonesAsRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ZoneIds",
                table: "LegalEvents");

            migrationBuilder.DropColumn(
                name: "ZoneIds",
                table: "IncentiveRules");

            migrationBuilder.CreateTable(
                name: "Zones",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zones", x => x.Id);
                });

            // A database loaded before this release has zone readings already: their zones exist before the foreign key does.
            migrationBuilder.Sql("INSERT INTO \"Zones\" (\"Id\") SELECT DISTINCT \"Id\" FROM \"FreeZones\";");

            migrationBuilder.CreateTable(
                name: "IncentiveRuleZones",
                columns: table => new
                {
                    Regime = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ZoneId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncentiveRuleZones", x => new { x.Regime, x.RuleId, x.ZoneId });
                    table.ForeignKey(
                        name: "FK_IncentiveRuleZones_IncentiveRules_Regime_RuleId",
                        columns: x => new { x.Regime, x.RuleId },
                        principalTable: "IncentiveRules",
                        principalColumns: new[] { "Regime", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncentiveRuleZones_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalEventZones",
                columns: table => new
                {
                    LegalEventId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ZoneId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalEventZones", x => new { x.LegalEventId, x.ZoneId });
                    table.ForeignKey(
                        name: "FK_LegalEventZones_LegalEvents_LegalEventId",
                        column: x => x.LegalEventId,
                        principalTable: "LegalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalEventZones_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuotedFigureZones",
                columns: table => new
                {
                    Topic = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FigureId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ZoneId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotedFigureZones", x => new { x.Topic, x.FigureId, x.ZoneId });
                    table.ForeignKey(
                        name: "FK_QuotedFigureZones_QuotedFigures_Topic_FigureId",
                        columns: x => new { x.Topic, x.FigureId },
                        principalTable: "QuotedFigures",
                        principalColumns: new[] { "Topic", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuotedFigureZones_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveRuleZones_ZoneId",
                table: "IncentiveRuleZones",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEventZones_ZoneId",
                table: "LegalEventZones",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotedFigureZones_ZoneId",
                table: "QuotedFigureZones",
                column: "ZoneId");

            migrationBuilder.AddForeignKey(
                name: "FK_FreeZones_Zones_Id",
                table: "FreeZones",
                column: "Id",
                principalTable: "Zones",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FreeZones_Zones_Id",
                table: "FreeZones");

            migrationBuilder.DropTable(
                name: "IncentiveRuleZones");

            migrationBuilder.DropTable(
                name: "LegalEventZones");

            migrationBuilder.DropTable(
                name: "QuotedFigureZones");

            migrationBuilder.DropTable(
                name: "Zones");

            migrationBuilder.AddColumn<string>(
                name: "ZoneIds",
                table: "LegalEvents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ZoneIds",
                table: "IncentiveRules",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }
    }
}
