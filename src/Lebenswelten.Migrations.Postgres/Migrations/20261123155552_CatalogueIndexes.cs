using Lebenswelten.Core.Offerings;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offerings_SiteId_Status_FirstSessionStart",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Status_FirstSessionStart",
                table: "Offerings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<bool>(
                name: "IsUndated",
                table: "Offerings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LanguageMask",
                table: "Offerings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing offerings get the new catalogue columns the way OfferingSchedule and OfferingSearch set them.
            var bits = string.Join(" | ", OfferingRules.LanguageCodes.Select((code, i) =>
                $"(CASE WHEN '{code}' = ANY(\"Languages\") THEN {1 << i} ELSE 0 END)"));
            migrationBuilder.Sql($"UPDATE \"Offerings\" SET \"IsUndated\" = \"FirstSessionStart\" IS NULL, \"LanguageMask\" = {bits};");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingSessions_StartsAt_OfferingId",
                table: "OfferingSessions",
                columns: new[] { "StartsAt", "OfferingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue",
                table: "Offerings",
                columns: new[] { "Status", "IsUndated", "FirstSessionStart", "Id", "LastSessionEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings",
                columns: new[] { "Status", "LastSessionEnd", "Latitude", "Longitude", "FirstSessionStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue_Filters",
                table: "Offerings",
                columns: new[] { "Status", "LastSessionEnd", "SiteId", "DistrictId", "Category", "TargetGroups", "SessionWeekdays", "Accessibility", "LanguageMask", "PriceCents", "TakenPlaces", "Capacity", "WaitingCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue_Site",
                table: "Offerings",
                columns: new[] { "SiteId", "Status", "IsUndated", "FirstSessionStart", "Id", "LastSessionEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_SearchText_Trigram",
                table: "Offerings",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OfferingSessions_StartsAt_OfferingId",
                table: "OfferingSessions");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue_Filters",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue_Site",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_SearchText_Trigram",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "IsUndated",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "LanguageMask",
                table: "Offerings");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_SiteId_Status_FirstSessionStart",
                table: "Offerings",
                columns: new[] { "SiteId", "Status", "FirstSessionStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Status_FirstSessionStart",
                table: "Offerings",
                columns: new[] { "Status", "FirstSessionStart" });
        }
    }
}
