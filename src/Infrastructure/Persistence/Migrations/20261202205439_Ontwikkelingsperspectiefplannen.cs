using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Ontwikkelingsperspectiefplannen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ontwikkelingsperspectiefplan",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    leerling_naam = table.Column<string>(type: "character varying(241)", maxLength: 241, nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    soort_school = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    aanleiding = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    vaststellen_uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    versies = table.Column<string>(type: "jsonb", nullable: false),
                    evaluaties = table.Column<string>(type: "jsonb", nullable: false),
                    eerste_vaststelling = table.Column<DateOnly>(type: "date", nullable: true),
                    laatst_geevalueerd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    evaluatie_uiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    wacht_op_instemming = table.Column<bool>(type: "boolean", nullable: false),
                    rod_plichtig = table.Column<bool>(type: "boolean", nullable: false),
                    rod_begindatum_geregistreerd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    rod_einddatum_geregistreerd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    rod_te_registreren = table.Column<bool>(type: "boolean", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    reden_afsluiting = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ontwikkelingsperspectiefplan", x => x.id);
                    table.ForeignKey(
                        name: "fk_ontwikkelingsperspectiefplan_leerling",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_leerling_id_vestiging",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "leerling_id", "vestiging" },
                unique: true,
                filter: "status <> 'afgesloten'");

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_vestiging",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_versie",
                table: "ontwikkelingsperspectiefplan",
                column: "versie",
                unique: true);

            // The store numbers every save, as for arrangementen and TLV's: concurrency token, ETag and place in the LAS feed.
            Basis.Wijzigingsnummer(migrationBuilder, "ontwikkelingsperspectiefplan", [("ontwikkelingsperspectiefplan", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ontwikkelingsperspectiefplan");
            migrationBuilder.Sql("DROP FUNCTION ontwikkelingsperspectiefplan_wijziging_nummer(); DROP SEQUENCE ontwikkelingsperspectiefplan_wijziging;");
        }
    }
}
