using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Telemedicine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Kinds = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    HorizonDays = table.Column<int>(type: "integer", nullable: false),
                    MinNoticeHours = table.Column<int>(type: "integer", nullable: false),
                    CancellationDeadlineHours = table.Column<int>(type: "integer", nullable: false),
                    ServesAllRooms = table.Column<bool>(type: "boolean", nullable: false),
                    VideoLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationSchedules_Organisations_PracticeOrganisationId",
                        column: x => x.PracticeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationSchedules_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TelemedicineRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Equipment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Accessibility = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    OperatorOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BufferMinutes = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Address_City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address_PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Address_Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelemedicineRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TelemedicineRooms_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TelemedicineRooms_Organisations_OperatorOrganisationId",
                        column: x => x.OperatorOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TelemedicineRooms_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weekday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationHours_ConsultationSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "ConsultationSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoomOpeningHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weekday = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomOpeningHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoomOpeningHours_TelemedicineRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "TelemedicineRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleRooms",
                columns: table => new
                {
                    ScheduleId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleRooms", x => new { x.ScheduleId, x.RoomId });
                    table.ForeignKey(
                        name: "FK_ScheduleRooms_ConsultationSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "ConsultationSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScheduleRooms_TelemedicineRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "TelemedicineRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TelemedicineAppointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RoomBlockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProtectedToken = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CheckInCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MeetingRoom = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    VideoLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RebookedToId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelemedicineAppointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TelemedicineAppointments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TelemedicineAppointments_ConsultationSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "ConsultationSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TelemedicineAppointments_Organisations_PracticeOrganisation~",
                        column: x => x.PracticeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TelemedicineAppointments_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TelemedicineAppointments_TelemedicineRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "TelemedicineRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TelemedicineClosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: true),
                    PracticeOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelemedicineClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TelemedicineClosures_Organisations_PracticeOrganisationId",
                        column: x => x.PracticeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TelemedicineClosures_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TelemedicineClosures_TelemedicineRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "TelemedicineRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationHours_ScheduleId",
                table: "ConsultationHours",
                column: "ScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSchedules_PracticeOrganisationId",
                table: "ConsultationSchedules",
                column: "PracticeOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSchedules_SiteId_PracticeOrganisationId",
                table: "ConsultationSchedules",
                columns: new[] { "SiteId", "PracticeOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_RoomOpeningHours_RoomId",
                table: "RoomOpeningHours",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleRooms_RoomId",
                table: "ScheduleRooms",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_EndsAt",
                table: "TelemedicineAppointments",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_PracticeOrganisationId_LocalDate",
                table: "TelemedicineAppointments",
                columns: new[] { "PracticeOrganisationId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_Room_Booked",
                table: "TelemedicineAppointments",
                columns: new[] { "RoomId", "StartsAt" },
                unique: true,
                filter: "\"Status\" = 'Booked'");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_RoomId_LocalDate_CheckInCode",
                table: "TelemedicineAppointments",
                columns: new[] { "RoomId", "LocalDate", "CheckInCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_SiteId",
                table: "TelemedicineAppointments",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_Slot_Booked",
                table: "TelemedicineAppointments",
                columns: new[] { "ScheduleId", "StartsAt" },
                unique: true,
                filter: "\"Status\" = 'Booked'");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_Status_StartsAt_ReminderSentAt",
                table: "TelemedicineAppointments",
                columns: new[] { "Status", "StartsAt", "ReminderSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_UserId_StartsAt",
                table: "TelemedicineAppointments",
                columns: new[] { "UserId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineClosures_PracticeOrganisationId_ToDate",
                table: "TelemedicineClosures",
                columns: new[] { "PracticeOrganisationId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineClosures_RoomId_ToDate",
                table: "TelemedicineClosures",
                columns: new[] { "RoomId", "ToDate" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineClosures_SiteId",
                table: "TelemedicineClosures",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineRooms_DistrictId",
                table: "TelemedicineRooms",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineRooms_OperatorOrganisationId",
                table: "TelemedicineRooms",
                column: "OperatorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineRooms_SiteId_Name",
                table: "TelemedicineRooms",
                columns: new[] { "SiteId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationHours");

            migrationBuilder.DropTable(
                name: "RoomOpeningHours");

            migrationBuilder.DropTable(
                name: "ScheduleRooms");

            migrationBuilder.DropTable(
                name: "TelemedicineAppointments");

            migrationBuilder.DropTable(
                name: "TelemedicineClosures");

            migrationBuilder.DropTable(
                name: "ConsultationSchedules");

            migrationBuilder.DropTable(
                name: "TelemedicineRooms");
        }
    }
}
