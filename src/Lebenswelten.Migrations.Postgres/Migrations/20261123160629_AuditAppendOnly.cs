using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The audit log is append-only in the database, not only in the app (ASVS 5.0 V16.4.2): UPDATE and TRUNCATE
    /// always fail, DELETE only works in a transaction that first ran
    /// <c>SET LOCAL lebenswelten.audit_retention = 'on'</c> — the retention job deleting lines older than two years.
    /// Hand-written SQL only: keep it when regenerating model migrations.
    /// </summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION lebenswelten_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND current_setting('lebenswelten.audit_retention', true) = 'on' THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'The audit log is append-only: % on "AuditEntries" is not allowed', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION lebenswelten_audit_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION lebenswelten_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
                DROP TRIGGER IF EXISTS audit_entries_append_only ON "AuditEntries";
                DROP FUNCTION IF EXISTS lebenswelten_audit_append_only();
                """);
        }
    }
}
