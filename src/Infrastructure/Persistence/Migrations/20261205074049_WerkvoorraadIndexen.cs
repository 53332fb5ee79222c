using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WerkvoorraadIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status_eind",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "status", "einddatum", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status_eind",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "status" });
        }
    }
}
