using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FunderIds",
                table: "Offerings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ClientNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PrintLanguage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MaxRegistrations = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationsUsed = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedCode = table.Column<string>(type: "TEXT", nullable: true),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RedeemedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProtectedHolderToken = table.Column<string>(type: "TEXT", nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
