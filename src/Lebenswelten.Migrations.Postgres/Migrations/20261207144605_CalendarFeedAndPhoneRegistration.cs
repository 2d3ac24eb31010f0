using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CalendarFeedAndPhoneRegistration : Migration
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

            migrationBuilder.CreateTable(
                name: "PersonalCalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalCalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalCalendarFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCalendarFeeds_TokenHash",
                table: "PersonalCalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCalendarFeeds_UserId",
                table: "PersonalCalendarFeeds",
                column: "UserId",
                unique: true);
            migrationBuilder.Sql(HandWrittenSql.ConsentsGivenOnTheWeb);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonalCalendarFeeds");

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
