using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TlvLijstPerAanvraagdatum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_aangevraagd",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "aangevraagd_op", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_aangevraagd",
                table: "toelaatbaarheidsverklaring");
        }
    }
}
