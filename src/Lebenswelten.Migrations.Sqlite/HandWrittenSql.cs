namespace Lebenswelten.Migrations.Sqlite;

/// <summary>
/// What EF Core's model cannot say and the database must still guarantee, applied by the migrations that name it.
/// Kept apart from the generated migration code so that a regenerated migration only has to call it again.
/// </summary>
internal static class HandWrittenSql
{
    /// <summary>
    /// The audit log is never changed after the fact (ASVS V16.4.2). SQLite has no session settings to let the
    /// retention job through, so only updates are refused here; PostgreSQL also refuses deletes.
    /// </summary>
    public const string AuditAppendOnly = """
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
        BEGIN
            SELECT RAISE(ABORT, 'The audit log is append-only: UPDATE on "AuditEntries" is not allowed');
        END;
        """;

    public const string DropAuditAppendOnly = "DROP TRIGGER IF EXISTS audit_entries_no_update;";

    /// <summary>
    /// Free-text search of the catalogue: an FTS5 trigram index over the offerings' search text (external content,
    /// kept in step by triggers), which <c>OfferingTextSearch</c> queries; LIKE '%…%' would scan every offering.
    /// </summary>
    public const string CatalogueTextIndex = """
        CREATE VIRTUAL TABLE "OfferingSearchIndex" USING fts5(
            "SearchText", content='Offerings', content_rowid='rowid', tokenize='trigram');
        INSERT INTO "OfferingSearchIndex"("OfferingSearchIndex") VALUES ('rebuild');
        CREATE TRIGGER "Offerings_SearchIndex_Insert" AFTER INSERT ON "Offerings" BEGIN
            INSERT INTO "OfferingSearchIndex"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
        END;
        CREATE TRIGGER "Offerings_SearchIndex_Delete" AFTER DELETE ON "Offerings" BEGIN
            INSERT INTO "OfferingSearchIndex"("OfferingSearchIndex", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
        END;
        CREATE TRIGGER "Offerings_SearchIndex_Update" AFTER UPDATE OF "SearchText" ON "Offerings" BEGIN
            INSERT INTO "OfferingSearchIndex"("OfferingSearchIndex", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
            INSERT INTO "OfferingSearchIndex"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
        END;
        """;

    public const string DropCatalogueTextIndex = """
        DROP TRIGGER IF EXISTS "Offerings_SearchIndex_Update";
        DROP TRIGGER IF EXISTS "Offerings_SearchIndex_Delete";
        DROP TRIGGER IF EXISTS "Offerings_SearchIndex_Insert";
        DROP TABLE IF EXISTS "OfferingSearchIndex";
        """;

    /// <summary>
    /// Consents from before the channel was recorded were all given in the app (issue 25): the added column's empty
    /// default would not read as a channel.
    /// </summary>
    public const string ConsentsGivenOnTheWeb = """UPDATE "Consents" SET "Channel" = 'Web' WHERE "Channel" = '';""";
}
