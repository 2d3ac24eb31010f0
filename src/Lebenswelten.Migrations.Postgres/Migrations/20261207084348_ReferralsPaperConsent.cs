using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsPaperConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordedByUserId",
                table: "ReferralConsents",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "ReferralConsents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalChannel",
                table: "ReferralConsents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordedByUserId",
                table: "ReferralConsents");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "ReferralConsents");

            migrationBuilder.DropColumn(
                name: "WithdrawalChannel",
                table: "ReferralConsents");
        }
    }
}
