using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeysetPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LegalEvents_AdministrationId",
                table: "LegalEvents");

            migrationBuilder.AddColumn<int>(
                name: "DateKey",
                table: "LegalEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A database loaded before this release keeps its rows until the seed reloads: they get their keys now.
            migrationBuilder.Sql("UPDATE \"LegalEvents\" SET \"DateKey\" = COALESCE(\"Year\", 9999) * 10000 + COALESCE(\"Month\", 0) * 100 + COALESCE(\"Day\", 0);");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEvents_AdministrationId_DateKey_Id_IsPublishedReading",
                table: "LegalEvents",
                columns: new[] { "AdministrationId", "DateKey", "Id", "IsPublishedReading" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalEvents_DateKey_Id_IsPublishedReading",
                table: "LegalEvents",
                columns: new[] { "DateKey", "Id", "IsPublishedReading" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalEvents_EventType_DateKey_Id_IsPublishedReading",
                table: "LegalEvents",
                columns: new[] { "EventType", "DateKey", "Id", "IsPublishedReading" });

            // EF maps no index over complex-type columns (Provenance, Period), so those of the observations' filters and
            // sorts are created here; DatabaseIndexTests checks that the database has them.
            migrationBuilder.CreateIndex(
                name: "IX_SeriesObservations_Period_StartYear_Id",
                table: "SeriesObservations",
                columns: new[] { "Period_StartYear", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesObservations_Provenance_SourceId_Id",
                table: "SeriesObservations",
                columns: new[] { "Provenance_SourceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesObservations_Provenance_SourceId_Period_StartYear_Id",
                table: "SeriesObservations",
                columns: new[] { "Provenance_SourceId", "Period_StartYear", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SeriesObservations_Period_StartYear_Id",
                table: "SeriesObservations");

            migrationBuilder.DropIndex(
                name: "IX_SeriesObservations_Provenance_SourceId_Id",
                table: "SeriesObservations");

            migrationBuilder.DropIndex(
                name: "IX_SeriesObservations_Provenance_SourceId_Period_StartYear_Id",
                table: "SeriesObservations");

            migrationBuilder.DropIndex(
                name: "IX_LegalEvents_AdministrationId_DateKey_Id_IsPublishedReading",
                table: "LegalEvents");

            migrationBuilder.DropIndex(
                name: "IX_LegalEvents_DateKey_Id_IsPublishedReading",
                table: "LegalEvents");

            migrationBuilder.DropIndex(
                name: "IX_LegalEvents_EventType_DateKey_Id_IsPublishedReading",
                table: "LegalEvents");

            migrationBuilder.DropColumn(
                name: "DateKey",
                table: "LegalEvents");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEvents_AdministrationId",
                table: "LegalEvents",
                column: "AdministrationId");
        }
    }
}
