using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// SQLite refuses UPDATE on audit lines like PostgreSQL does. DELETE stays possible here: SQLite has no
    /// session setting a trigger could ask, and the retention job must delete lines older than two years; the app
    /// itself refuses to delete them (LebensweltenDbContext). Hand-written SQL only: keep it when regenerating.
    /// </summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'The audit log is append-only: UPDATE on "AuditEntries" is not allowed');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update;");
        }
    }
}
