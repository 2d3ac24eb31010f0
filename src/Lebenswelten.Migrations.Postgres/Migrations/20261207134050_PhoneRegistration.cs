using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PhoneRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegisteredByUserId",
                table: "Registrations",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Consents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecordedByUserId",
                table: "Consents",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.Sql(HandWrittenSql.ConsentsGivenOnTheWeb);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegisteredByUserId",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "RecordedByUserId",
                table: "Consents");
        }
    }
}
