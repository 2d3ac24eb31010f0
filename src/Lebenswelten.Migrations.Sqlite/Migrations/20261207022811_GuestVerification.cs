using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GuestVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContactVerifiedAt",
                table: "TelemedicineAppointments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HoldExpiresAt",
                table: "TelemedicineAppointments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                table: "TelemedicineAppointments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedVerificationToken",
                table: "TelemedicineAppointments",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerificationAttempts",
                table: "TelemedicineAppointments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedConfirmationToken",
                table: "Registrations",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_NormalizedEmail_CreatedAt",
                table: "TelemedicineAppointments",
                columns: new[] { "NormalizedEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_Phone_CreatedAt",
                table: "TelemedicineAppointments",
                columns: new[] { "Phone", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TelemedicineAppointments_Status_HoldExpiresAt",
                table: "TelemedicineAppointments",
                columns: new[] { "Status", "HoldExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TelemedicineAppointments_NormalizedEmail_CreatedAt",
                table: "TelemedicineAppointments");

            migrationBuilder.DropIndex(
                name: "IX_TelemedicineAppointments_Phone_CreatedAt",
                table: "TelemedicineAppointments");

            migrationBuilder.DropIndex(
                name: "IX_TelemedicineAppointments_Status_HoldExpiresAt",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "ContactVerifiedAt",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "HoldExpiresAt",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "ProtectedVerificationToken",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "VerificationAttempts",
                table: "TelemedicineAppointments");

            migrationBuilder.DropColumn(
                name: "ProtectedConfirmationToken",
                table: "Registrations");
        }
    }
}
