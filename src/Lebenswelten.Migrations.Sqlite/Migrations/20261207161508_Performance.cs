using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Performance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OneActivePerAccount",
                table: "Registrations",
                columns: new[] { "OfferingId", "UserId" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Waitlisted', 'Offered') AND \"UserId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_OneActivePerEmail",
                table: "Registrations",
                columns: new[] { "OfferingId", "NormalizedEmail" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Waitlisted', 'Offered') AND \"NormalizedEmail\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_OneActivePerAccount",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_OneActivePerEmail",
                table: "Registrations");
        }
    }
}
