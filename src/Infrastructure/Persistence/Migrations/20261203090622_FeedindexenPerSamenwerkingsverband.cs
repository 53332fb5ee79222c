using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Indexes per samenwerkingsverband for what every feed and list asks first: the tenant's highest change number, and
    /// its rows in id order. Measured on the national-size benchmark database (1.5 million arrangementen, 150 tenants):
    /// the highest number of a quiet tenant took 2.0 s warm (26 s cold) walking the global index, 7 ms with its own; the
    /// first page by id 160 ms, 0.06 ms.
    /// </summary>
    public partial class FeedindexenPerSamenwerkingsverband : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_versie",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_versie",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_id",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_id",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_versie",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "versie" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_versie",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_versie",
                table: "ontwikkelingsperspectiefplan");

            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_id",
                table: "leerling");

            migrationBuilder.DropIndex(
                name: "ix_arrangement_samenwerkingsverband_id",
                table: "arrangement");

            migrationBuilder.DropIndex(
                name: "ix_arrangement_samenwerkingsverband_versie",
                table: "arrangement");
        }
    }
}
