using Lebenswelten.Core.Offerings;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Sqlite.Migrations
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

            migrationBuilder.AddColumn<bool>(
                name: "IsUndated",
                table: "Offerings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LanguageMask",
                table: "Offerings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing offerings get the new catalogue columns the way OfferingSchedule and OfferingSearch set them.
            var bits = string.Join(" ", OfferingRules.LanguageCodes.Select((code, i) => $"WHEN '{code}' THEN {1 << i}"));
            migrationBuilder.Sql("UPDATE \"Offerings\" SET \"IsUndated\" = \"FirstSessionStart\" IS NULL, " +
                $"\"LanguageMask\" = (SELECT COALESCE(SUM(CASE value {bits} ELSE 0 END), 0) FROM json_each(\"Languages\"));");

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

            migrationBuilder.DropColumn(
                name: "IsUndated",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "LanguageMask",
                table: "Offerings");

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
