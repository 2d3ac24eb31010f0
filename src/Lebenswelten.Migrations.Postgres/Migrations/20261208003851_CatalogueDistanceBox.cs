using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lebenswelten.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueDistanceBox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings",
                columns: new[] { "Status", "Latitude", "Longitude", "LastSessionEnd", "FirstSessionStart", "Id", "LanguageMask" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Catalogue_Distance",
                table: "Offerings",
                columns: new[] { "Status", "LastSessionEnd", "Latitude", "Longitude", "FirstSessionStart", "Id" });
        }
    }
}
