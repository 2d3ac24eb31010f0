using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Network : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Organisations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictIds",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "FieldsOfWork",
                table: "Organisations",
                type: "INTEGER",
                maxLength: 40,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "IdentityId",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetGroups",
                table: "Organisations",
                type: "INTEGER",
                maxLength: 40,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FieldsOfAction = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    LifePhases = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    DistrictIds = table.Column<string>(type: "TEXT", nullable: false),
                    SignedDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPersons_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactPersons_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactPersons_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityChecks_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthNetworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpenCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenCallText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthNetworks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthNetworks_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Ik = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationIdentities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignatoryFunction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnBehalfOf = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementParties_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementParties_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CriterionEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvidenceUpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ConfirmedByName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionEvidence_EligibilityChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "EligibilityChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityEvents_EligibilityChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "EligibilityChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactFunction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipApplications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembershipApplications_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembershipApplications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMemberships_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkMemberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkingGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mandate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingGroups_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkingGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_WorkingGroups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalTable: "WorkingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "WorkingGroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkingGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingGroupMembers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkingGroupMembers_WorkingGroups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalTable: "WorkingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastRemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItems_ContactPersons_OwnerContactId",
                        column: x => x.OwnerContactId,
                        principalTable: "ContactPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionItems_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionItems_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingInvitations_ContactPersons_ContactPersonId",
                        column: x => x.ContactPersonId,
                        principalTable: "ContactPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingInvitations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EligibilityCheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Storage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkDocuments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkDocuments_EligibilityChecks_EligibilityCheckId",
                        column: x => x.EligibilityCheckId,
                        principalTable: "EligibilityChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkDocuments_HealthNetworks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "HealthNetworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkDocuments_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkDocuments_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentContents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentContents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_DocumentContents_NetworkDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "NetworkDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_IdentityId",
                table: "Organisations",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_CompletedAt_DueOn",
                table: "ActionItems",
                columns: new[] { "CompletedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_MeetingId",
                table: "ActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_NetworkId",
                table: "ActionItems",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerContactId",
                table: "ActionItems",
                column: "OwnerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_SiteId",
                table: "ActionItems",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_AgreementId_OrganisationId",
                table: "AgreementParties",
                columns: new[] { "AgreementId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_OrganisationId",
                table: "AgreementParties",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SiteId",
                table: "Agreements",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_Email",
                table: "ContactPersons",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_OrganisationId",
                table: "ContactPersons",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_SiteId",
                table: "ContactPersons",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_UserId",
                table: "ContactPersons",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CriterionEvidence_CheckId_Criterion",
                table: "CriterionEvidence",
                columns: new[] { "CheckId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityChecks_SiteId",
                table: "EligibilityChecks",
                column: "SiteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityEvents_ActorUserId",
                table: "EligibilityEvents",
                column: "ActorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityEvents_CheckId_At",
                table: "EligibilityEvents",
                columns: new[] { "CheckId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthNetworks_SiteId_Name",
                table: "HealthNetworks",
                columns: new[] { "SiteId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitations_ContactPersonId",
                table: "MeetingInvitations",
                column: "ContactPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitations_MeetingId_ContactPersonId",
                table: "MeetingInvitations",
                columns: new[] { "MeetingId", "ContactPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_NetworkId_StartsAt",
                table: "Meetings",
                columns: new[] { "NetworkId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SiteId",
                table: "Meetings",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_WorkingGroupId",
                table: "Meetings",
                column: "WorkingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_ContactEmail",
                table: "MembershipApplications",
                column: "ContactEmail");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_NetworkId_Status",
                table: "MembershipApplications",
                columns: new[] { "NetworkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_OrganisationId",
                table: "MembershipApplications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipApplications_UserId",
                table: "MembershipApplications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkDocuments_AgreementId",
                table: "NetworkDocuments",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkDocuments_EligibilityCheckId",
                table: "NetworkDocuments",
                column: "EligibilityCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkDocuments_MeetingId",
                table: "NetworkDocuments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkDocuments_NetworkId",
                table: "NetworkDocuments",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkDocuments_SiteId",
                table: "NetworkDocuments",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMemberships_NetworkId_OrganisationId",
                table: "NetworkMemberships",
                columns: new[] { "NetworkId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMemberships_OrganisationId",
                table: "NetworkMemberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationIdentities_Ik",
                table: "OrganisationIdentities",
                column: "Ik",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_OrganisationId",
                table: "WorkingGroupMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_WorkingGroupId_OrganisationId",
                table: "WorkingGroupMembers",
                columns: new[] { "WorkingGroupId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroups_NetworkId_Name",
                table: "WorkingGroups",
                columns: new[] { "NetworkId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItems");

            migrationBuilder.DropTable(
                name: "AgreementParties");

            migrationBuilder.DropTable(
                name: "CriterionEvidence");

            migrationBuilder.DropTable(
                name: "DocumentContents");

            migrationBuilder.DropTable(
                name: "EligibilityEvents");

            migrationBuilder.DropTable(
                name: "MeetingInvitations");

            migrationBuilder.DropTable(
                name: "MembershipApplications");

            migrationBuilder.DropTable(
                name: "NetworkMemberships");

            migrationBuilder.DropTable(
                name: "OrganisationIdentities");

            migrationBuilder.DropTable(
                name: "WorkingGroupMembers");

            migrationBuilder.DropTable(
                name: "NetworkDocuments");

            migrationBuilder.DropTable(
                name: "ContactPersons");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "EligibilityChecks");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "WorkingGroups");

            migrationBuilder.DropTable(
                name: "HealthNetworks");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_IdentityId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DistrictIds",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "FieldsOfWork",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IdentityId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "TargetGroups",
                table: "Organisations");
        }
    }
}
