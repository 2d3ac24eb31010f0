using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "FunderIds",
                table: "Offerings",
                type: "uuid[]",
                nullable: false,
                // Existing offerings have no joint funders yet (the model needs no default; existing rows do).
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Categories = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ClientNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PrintLanguage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MaxRegistrations = table.Column<int>(type: "integer", nullable: false),
                    RegistrationsUsed = table.Column<int>(type: "integer", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedCode = table.Column<string>(type: "text", nullable: true),
                    RedeemedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RedeemedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ProtectedHolderToken = table.Column<string>(type: "text", nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                    table.CheckConstraint("CK_Vouchers_RegistrationsUsed", "\"RegistrationsUsed\" >= 0 AND \"RegistrationsUsed\" <= \"MaxRegistrations\"");
                    table.ForeignKey(
                        name: "FK_Vouchers_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VoucherId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralConsents_Vouchers_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "Vouchers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoucherRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VoucherId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoucherRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoucherRegistrations_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VoucherRegistrations_Vouchers_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "Vouchers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralConsents_VoucherId",
                table: "ReferralConsents",
                column: "VoucherId");

            migrationBuilder.CreateIndex(
                name: "IX_VoucherRegistrations_RegistrationId",
                table: "VoucherRegistrations",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoucherRegistrations_SiteId_CreatedAt",
                table: "VoucherRegistrations",
                columns: new[] { "SiteId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VoucherRegistrations_VoucherId",
                table: "VoucherRegistrations",
                column: "VoucherId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_CodeHash",
                table: "Vouchers",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_RedeemedByUserId",
                table: "Vouchers",
                column: "RedeemedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_SiteId_IssuedAt",
                table: "Vouchers",
                columns: new[] { "SiteId", "IssuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralConsents");

            migrationBuilder.DropTable(
                name: "VoucherRegistrations");

            migrationBuilder.DropTable(
                name: "Vouchers");

            migrationBuilder.DropColumn(
                name: "FunderIds",
                table: "Offerings");
        }
    }
}
