using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PdpApi.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InstitutionsAndLegalHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Administrations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    President = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Term = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DateBasis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PaperDatesAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BeneficiaryFirms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RespondentPositionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstitutionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstitutionIds = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeneficiaryFirms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EconomicFailures",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FrameworkGroup = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InSection31 = table.Column<bool>(type: "bit", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicFailures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Acronym = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameVariants = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SameAsId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    LegalFrameworkAsPrinted = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Objectives = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Services = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SectorsServed = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirmSizesServed = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Governance = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BeneficiaryOutreach = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Table3Dimension = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Table3Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IsSelectedPdp = table.Column<bool>(type: "bit", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ActId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    InstrumentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    InstrumentNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstrumentAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    DateAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "int", nullable: true),
                    Month = table.Column<int>(type: "int", nullable: true),
                    Day = table.Column<int>(type: "int", nullable: true),
                    InferredYear = table.Column<int>(type: "int", nullable: true),
                    PeriodStartYear = table.Column<int>(type: "int", nullable: true),
                    PeriodEndYear = table.Column<int>(type: "int", nullable: true),
                    EventType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SuccessorBodyIds = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ZoneIds = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Reading = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsPublishedReading = table.Column<bool>(type: "bit", nullable: false),
                    AdministrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalEvents_Administrations_AdministrationId",
                        column: x => x.AdministrationId,
                        principalTable: "Administrations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InstitutionFailures",
                columns: table => new
                {
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FailureId = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Mapping = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionFailures", x => new { x.InstitutionId, x.FailureId });
                    table.ForeignKey(
                        name: "FK_InstitutionFailures_EconomicFailures_FailureId",
                        column: x => x.FailureId,
                        principalTable: "EconomicFailures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstitutionFailures_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Dataset = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstitutionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RowId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    RowAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    GroupAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    PeriodLabel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    StartYear = table.Column<int>(type: "int", nullable: true),
                    EndYear = table.Column<int>(type: "int", nullable: true),
                    Measure = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Respondent = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Dimension = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    DimensionAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Value = table.Column<double>(type: "float", nullable: true),
                    ValueAsPrinted = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    NullReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionFigures_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InstitutionLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    ChangeId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    FromId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ToId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: true),
                    DateAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstrumentAsPrinted = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Reading = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IsPublishedReading = table.Column<bool>(type: "bit", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionLinks_Institutions_FromId",
                        column: x => x.FromId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstitutionLinks_Institutions_ToId",
                        column: x => x.ToId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionMinistries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    MinistryId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FromYear = table.Column<int>(type: "int", nullable: true),
                    ToYear = table.Column<int>(type: "int", nullable: true),
                    Basis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsPublishedReading = table.Column<bool>(type: "bit", nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionMinistries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionMinistries_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstitutionMinistries_Institutions_MinistryId",
                        column: x => x.MinistryId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyRespondents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstitutionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PositionAsPrinted = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Provenance_FootnoteMarkers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provenance_Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Provenance_SourceId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyRespondents_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LegalEventBodies",
                columns: table => new
                {
                    LegalEventId = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    InstitutionId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalEventBodies", x => new { x.LegalEventId, x.InstitutionId });
                    table.ForeignKey(
                        name: "FK_LegalEventBodies_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalEventBodies_LegalEvents_LegalEventId",
                        column: x => x.LegalEventId,
                        principalTable: "LegalEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionFailures_FailureId",
                table: "InstitutionFailures",
                column: "FailureId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionFigures_Dataset_InstitutionId",
                table: "InstitutionFigures",
                columns: new[] { "Dataset", "InstitutionId" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionFigures_InstitutionId",
                table: "InstitutionFigures",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionLinks_FromId",
                table: "InstitutionLinks",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionLinks_ToId",
                table: "InstitutionLinks",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionMinistries_InstitutionId",
                table: "InstitutionMinistries",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionMinistries_MinistryId",
                table: "InstitutionMinistries",
                column: "MinistryId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEventBodies_InstitutionId",
                table: "LegalEventBodies",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEvents_AdministrationId",
                table: "LegalEvents",
                column: "AdministrationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRespondents_InstitutionId",
                table: "SurveyRespondents",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeneficiaryFirms");

            migrationBuilder.DropTable(
                name: "InstitutionFailures");

            migrationBuilder.DropTable(
                name: "InstitutionFigures");

            migrationBuilder.DropTable(
                name: "InstitutionLinks");

            migrationBuilder.DropTable(
                name: "InstitutionMinistries");

            migrationBuilder.DropTable(
                name: "LegalEventBodies");

            migrationBuilder.DropTable(
                name: "SurveyRespondents");

            migrationBuilder.DropTable(
                name: "EconomicFailures");

            migrationBuilder.DropTable(
                name: "LegalEvents");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Administrations");
        }
    }
}
