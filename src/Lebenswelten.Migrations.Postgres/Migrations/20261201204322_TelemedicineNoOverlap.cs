using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <summary>
    /// No double booking, proven by the database itself: two booked appointments may not overlap in one practice
    /// schedule, nor in one room including the buffer after each (the [StartsAt, RoomBlockedUntil) range). The
    /// services already refuse this under their locks; this catches any bug that would not. Needs btree_gist
    /// (PostgreSQL contrib) for the uuid equality inside a GiST index. Hand-written SQL only: keep it when
    /// regenerating model migrations.
    /// </summary>
    public partial class TelemedicineNoOverlap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                ALTER TABLE "TelemedicineAppointments" ADD CONSTRAINT "EX_TelemedicineAppointments_Schedule_NoOverlap"
                    EXCLUDE USING gist ("ScheduleId" WITH =, tstzrange("StartsAt", "EndsAt") WITH &&) WHERE ("Status" = 'Booked');
                ALTER TABLE "TelemedicineAppointments" ADD CONSTRAINT "EX_TelemedicineAppointments_Room_NoOverlap"
                    EXCLUDE USING gist ("RoomId" WITH =, tstzrange("StartsAt", "RoomBlockedUntil") WITH &&) WHERE ("Status" = 'Booked');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "TelemedicineAppointments" DROP CONSTRAINT IF EXISTS "EX_TelemedicineAppointments_Room_NoOverlap";
                ALTER TABLE "TelemedicineAppointments" DROP CONSTRAINT IF EXISTS "EX_TelemedicineAppointments_Schedule_NoOverlap";
                """);
        }
    }
}
