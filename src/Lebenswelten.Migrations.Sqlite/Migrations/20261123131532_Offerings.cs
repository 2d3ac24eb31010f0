using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Offerings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DataKind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    SubjectUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offerings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Accessibility = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceCents = table.Column<int>(type: "INTEGER", nullable: false),
                    ReducedPriceCents = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationOpensAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegistrationClosesAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationDeadlineHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Certification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CertificationNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsReimbursable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WaitingListMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfferHoldHours = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSessionStart = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSessionEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    SessionWeekdays = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 9000, nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Venue_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Venue_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Venue_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Venue_Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offerings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offerings_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Offerings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offerings_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentText = table.Column<string>(type: "TEXT", nullable: true),
                    Template = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfferingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingSessions_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedToken = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmailConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmationDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Registrations_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendances",
                columns: table => new
                {
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => new { x.RegistrationId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_Attendances_OfferingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "OfferingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attendances_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_SessionId",
                table: "Attendances",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorUserId_At",
                table: "AuditEntries",
                columns: new[] { "ActorUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectUserId_At",
                table: "AuditEntries",
                columns: new[] { "SubjectUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_DistrictId",
                table: "Offerings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_OrganisationId_Status",
                table: "Offerings",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_SiteId_Status_FirstSessionStart",
                table: "Offerings",
                columns: new[] { "SiteId", "Status", "FirstSessionStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Status_FirstSessionStart",
                table: "Offerings",
                columns: new[] { "Status", "FirstSessionStart" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingSessions_OfferingId_StartsAt",
                table: "OfferingSessions",
                columns: new[] { "OfferingId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingSessions_StartsAt_ReminderSentAt",
                table: "OfferingSessions",
                columns: new[] { "StartsAt", "ReminderSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OfferingId_Sequence",
                table: "Registrations",
                columns: new[] { "OfferingId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OfferingId_Status_Sequence",
                table: "Registrations",
                columns: new[] { "OfferingId", "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_Status_ConfirmationDueAt",
                table: "Registrations",
                columns: new[] { "Status", "ConfirmationDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_Status_OfferExpiresAt",
                table: "Registrations",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_UserId_Status",
                table: "Registrations",
                columns: new[] { "UserId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendances");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "OfferingSessions");

            migrationBuilder.DropTable(
                name: "Registrations");

            migrationBuilder.DropTable(
                name: "Offerings");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "LockoutEnd",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
