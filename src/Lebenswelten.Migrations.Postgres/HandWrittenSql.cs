namespace Lebenswelten.Migrations.Postgres;

/// <summary>
/// What EF Core's model cannot say and the database must still guarantee, applied by the migrations that name it.
/// Kept apart from the generated migration code so that a regenerated migration only has to call it again.
/// </summary>
internal static class HandWrittenSql
{
    /// <summary>
    /// The audit log is append-only (ASVS V16.4.2): no update, delete or truncate, except deletes by the retention job,
    /// which says so for its own transaction (<c>SET LOCAL lebenswelten.audit_retention = 'on'</c>).
    /// </summary>
    public const string AuditAppendOnly = """
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
        """;

    public const string DropAuditAppendOnly = """
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
        DROP TRIGGER IF EXISTS audit_entries_append_only ON "AuditEntries";
        DROP FUNCTION IF EXISTS lebenswelten_audit_append_only();
        """;

    /// <summary>
    /// A practice's time and a room are never booked twice at once. The booking services already refuse this under
    /// their locks; the exclusion constraints catch any bug that would not (btree_gist for the equality part).
    /// </summary>
    public const string TelemedicineNoOverlap = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        ALTER TABLE "TelemedicineAppointments" ADD CONSTRAINT "EX_TelemedicineAppointments_Schedule_NoOverlap"
            EXCLUDE USING gist ("ScheduleId" WITH =, tstzrange("StartsAt", "EndsAt") WITH &&) WHERE ("Status" = 'Booked');
        ALTER TABLE "TelemedicineAppointments" ADD CONSTRAINT "EX_TelemedicineAppointments_Room_NoOverlap"
            EXCLUDE USING gist ("RoomId" WITH =, tstzrange("StartsAt", "RoomBlockedUntil") WITH &&) WHERE ("Status" = 'Booked');
        """;

    public const string DropTelemedicineNoOverlap = """
        ALTER TABLE "TelemedicineAppointments" DROP CONSTRAINT IF EXISTS "EX_TelemedicineAppointments_Room_NoOverlap";
        ALTER TABLE "TelemedicineAppointments" DROP CONSTRAINT IF EXISTS "EX_TelemedicineAppointments_Schedule_NoOverlap";
        """;

    /// <summary>
    /// Consents from before the channel was recorded were all given in the app (issue 25): the added column's empty
    /// default would not read as a channel.
    /// </summary>
    public const string ConsentsGivenOnTheWeb = """UPDATE "Consents" SET "Channel" = 'Web' WHERE "Channel" = '';""";
}
