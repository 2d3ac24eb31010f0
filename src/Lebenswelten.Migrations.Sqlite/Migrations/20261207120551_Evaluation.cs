using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    Held = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationFacts_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultationFacts_TelemedicineRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "TelemedicineRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Offerings = table.Column<int>(type: "INTEGER", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingFacts_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReachFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Registrations = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    NoShows = table.Column<int>(type: "INTEGER", nullable: false),
                    Waitlisted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReachFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReachFacts_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationFacts_RoomId_Month_IsArchived",
                table: "ConsultationFacts",
                columns: new[] { "RoomId", "Month", "IsArchived" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationFacts_SiteId_Month",
                table: "ConsultationFacts",
                columns: new[] { "SiteId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingFacts_SiteId_Month",
                table: "OfferingFacts",
                columns: new[] { "SiteId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReachFacts_SiteId_Month_IsArchived",
                table: "ReachFacts",
                columns: new[] { "SiteId", "Month", "IsArchived" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationFacts");

            migrationBuilder.DropTable(
                name: "OfferingFacts");

            migrationBuilder.DropTable(
                name: "ReachFacts");
        }
    }
}
