using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Dossierimport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "las_sleutel",
                table: "leerling",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dossierimport",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    inhoudshash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    profiel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    dossierdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    pakket = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ontvangen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aanleverder = table.Column<string>(type: "jsonb", nullable: false),
                    grootte = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ouderinzage = table.Column<string>(type: "jsonb", nullable: true),
                    verzorgers = table.Column<string>(type: "jsonb", nullable: false),
                    gegevens = table.Column<string>(type: "jsonb", nullable: false),
                    beschermde_gegevens = table.Column<string>(type: "jsonb", nullable: false),
                    verslag = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossierimport", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossierimport_leerling",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging_las_sleutel",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging", "las_sleutel" },
                unique: true,
                filter: "las_sleutel IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossierimport_leerling_id",
                table: "dossierimport",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossierimport_samenwerkingsverband_inhoudshash",
                table: "dossierimport",
                columns: new[] { "samenwerkingsverband", "inhoudshash" },
                unique: true);

            // The store numbers every save, as for the other aggregates: concurrency token and ETag.
            Basis.Wijzigingsnummer(migrationBuilder, "dossierimport", [("dossierimport", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossierimport");
            migrationBuilder.Sql("DROP FUNCTION dossierimport_wijziging_nummer(); DROP SEQUENCE dossierimport_wijziging;");

            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging_las_sleutel",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "las_sleutel",
                table: "leerling");
        }
    }
}
