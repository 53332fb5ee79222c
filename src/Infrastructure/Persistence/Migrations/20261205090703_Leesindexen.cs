using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Leesindexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan");

            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling");

            migrationBuilder.AddColumn<string>(
                name: "zoeknaam",
                table: "leerling",
                type: "character varying(241)",
                maxLength: 241,
                nullable: true,
                computedColumnSql: "lower(voornaam || ' ' || achternaam)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status_eind",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "status", "einddatum", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "leerling_id", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" })
                .Annotation("Npgsql:IndexInclude", new[] { "zoeknaam" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status_eind",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan");

            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "zoeknaam",
                table: "leerling");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" });
        }
    }
}
