using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Offerings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DataKind = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    SubjectUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    RemoteAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offerings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetGroups = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Accessibility = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    PriceCents = table.Column<int>(type: "integer", nullable: false),
                    ReducedPriceCents = table.Column<int>(type: "integer", nullable: true),
                    RegistrationOpensAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RegistrationClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationDeadlineHours = table.Column<int>(type: "integer", nullable: false),
                    Certification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CertificationNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsReimbursable = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WaitingListMode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OfferHoldHours = table.Column<int>(type: "integer", nullable: false),
                    TakenPlaces = table.Column<int>(type: "integer", nullable: false),
                    WaitingCount = table.Column<int>(type: "integer", nullable: false),
                    NextSequence = table.Column<long>(type: "bigint", nullable: false),
                    FirstSessionStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSessionEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SessionWeekdays = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(9000)", maxLength: 9000, nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Venue_City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Venue_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Venue_PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Venue_Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    To = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    AttachmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttachmentText = table.Column<string>(type: "text", nullable: true),
                    Template = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfferingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    ProtectedToken = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmailConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmationDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OfferExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: true)
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
        }
    }
}
