using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// SQLite has no index for LIKE '%word%'; an FTS5 table with the trigram tokenizer has (docs/BENCHMARKS.md).
    /// It holds no copy of the text (external content: the Offerings table) and is kept in step by triggers.
    /// A later migration that rebuilds "Offerings" drops these triggers and may renumber rowids: it must run
    /// this Up again (OfferingCatalogueTests' free-text test fails if the index is out of step).
    /// </summary>
    public partial class CatalogueTextIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Offerings_SearchIndex_Update";
                DROP TRIGGER "Offerings_SearchIndex_Delete";
                DROP TRIGGER "Offerings_SearchIndex_Insert";
                DROP TABLE "OfferingSearchIndex";
                """);
        }
    }
}
