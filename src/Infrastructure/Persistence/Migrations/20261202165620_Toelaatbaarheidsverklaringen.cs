using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Toelaatbaarheidsverklaringen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "toelaatbaarheidsverklaring",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    beslist_op_bezwaar = table.Column<bool>(type: "boolean", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    leerling_naam = table.Column<string>(type: "character varying(241)", maxLength: 241, nullable: false),
                    leerling_geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    aanvragend_bestuur_id = table.Column<Guid>(type: "uuid", nullable: false),
                    soort = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    categorie = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    gevraagde_ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    gevraagde_einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    aangevraagd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aangevraagd_door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    behandeldeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    vorige_id = table.Column<Guid>(type: "uuid", nullable: true),
                    opgevolgd_door_id = table.Column<Guid>(type: "uuid", nullable: true),
                    aantal_adviezen = table.Column<int>(type: "integer", nullable: false),
                    besluit = table.Column<string>(type: "jsonb", nullable: true),
                    beschikkingsnummer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    toelaatbaar = table.Column<bool>(type: "boolean", nullable: true),
                    ingangsdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    herindicatie_vanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    bekendgemaakt_op = table.Column<DateOnly>(type: "date", nullable: true),
                    einde_bezwaartermijn = table.Column<DateOnly>(type: "date", nullable: true),
                    afgeronde_bezwaren = table.Column<string>(type: "jsonb", nullable: false),
                    ingeschreven_op = table.Column<DateOnly>(type: "date", nullable: true),
                    reden_intrekking = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    beoogde_school_in_swv = table.Column<bool>(type: "boolean", nullable: false),
                    beoogde_school_naam = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    beoogde_school_soort = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    beoogde_vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    eerste_advies_categorie = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    eerste_advies_datum = table.Column<DateOnly>(type: "date", nullable: true),
                    eerste_advies_deskundige_id = table.Column<Guid>(type: "uuid", nullable: true),
                    eerste_advies_discipline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    eerste_advies_einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    eerste_advies_gebruiker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    eerste_advies_gevraagd_door = table.Column<string>(type: "jsonb", nullable: true),
                    eerste_advies_gevraagd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    eerste_advies_motivering_beoogde_school = table.Column<string>(type: "text", nullable: true),
                    eerste_advies_motivering_onderwijsbehoeften = table.Column<string>(type: "text", nullable: true),
                    eerste_advies_motivering_regulier = table.Column<string>(type: "text", nullable: true),
                    eerste_advies_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    eerste_advies_plek = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    eerste_advies_registratie = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    eerste_advies_soort = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    eerste_advies_toelaatbaar = table.Column<bool>(type: "boolean", nullable: true),
                    eerste_advies_uitgebracht_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    eerste_advies_werkgever = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lopend_bezwaar_afgerond_op = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_afloop = table.Column<string>(type: "text", nullable: true),
                    lopend_bezwaar_beslissen_uiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_hoorzitting_op = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_hoorzittingverslag = table.Column<string>(type: "text", nullable: true),
                    lopend_bezwaar_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lopend_bezwaar_indiener = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    lopend_bezwaar_indiener_naam = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    lopend_bezwaar_lbt_advies_op = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_lbt_adviesaanvraag_uiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_lbt_gevraagd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_lbt_oordeel = table.Column<string>(type: "text", nullable: true),
                    lopend_bezwaar_motivering = table.Column<string>(type: "text", nullable: true),
                    lopend_bezwaar_ontvangen_op = table.Column<DateOnly>(type: "date", nullable: true),
                    lopend_bezwaar_stukken = table.Column<string>(type: "jsonb", nullable: true),
                    lopend_bezwaar_te_laat = table.Column<bool>(type: "boolean", nullable: true),
                    lopend_bezwaar_verdaging = table.Column<string>(type: "text", nullable: true),
                    lopend_bezwaar_verschoning = table.Column<string>(type: "text", nullable: true),
                    gekoppelde_arrangementen = table.Column<string>(type: "jsonb", nullable: false),
                    basisondersteuning = table.Column<string>(type: "text", nullable: false),
                    extra_ondersteuning = table.Column<string>(type: "text", nullable: false),
                    visie_leerling = table.Column<string>(type: "text", nullable: false),
                    visie_ouders = table.Column<string>(type: "text", nullable: false),
                    onderwijsbehoefte_aandacht_en_tijd = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_expertise = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_onderwijsmaterialen = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_ruimtelijke_omgeving = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_samenwerking = table.Column<string>(type: "text", nullable: true),
                    tweede_advies_categorie = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    tweede_advies_datum = table.Column<DateOnly>(type: "date", nullable: true),
                    tweede_advies_deskundige_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tweede_advies_discipline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    tweede_advies_einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    tweede_advies_gebruiker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tweede_advies_gevraagd_door = table.Column<string>(type: "jsonb", nullable: true),
                    tweede_advies_gevraagd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tweede_advies_motivering_beoogde_school = table.Column<string>(type: "text", nullable: true),
                    tweede_advies_motivering_onderwijsbehoeften = table.Column<string>(type: "text", nullable: true),
                    tweede_advies_motivering_regulier = table.Column<string>(type: "text", nullable: true),
                    tweede_advies_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tweede_advies_plek = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    tweede_advies_registratie = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    tweede_advies_soort = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    tweede_advies_toelaatbaar = table.Column<bool>(type: "boolean", nullable: true),
                    tweede_advies_uitgebracht_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tweede_advies_werkgever = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_toelaatbaarheidsverklaring", x => x.id);
                    table.ForeignKey(
                        name: "fk_toelaatbaarheidsverklaring_leerling",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_einddatum",
                table: "toelaatbaarheidsverklaring",
                column: "einddatum");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_leerling_id",
                table: "toelaatbaarheidsverklaring",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_beschikking",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "beschikkingsnummer" },
                unique: true,
                filter: "beschikkingsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_status",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_samenwerkingsverband_vestiging",
                table: "toelaatbaarheidsverklaring",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_toelaatbaarheidsverklaring_versie",
                table: "toelaatbaarheidsverklaring",
                column: "versie",
                unique: true);

            // The receiving school's staff and LAS find their TLV's by the beoogde vestiging (a column of a complex part).
            migrationBuilder.Sql("CREATE INDEX ix_toelaatbaarheidsverklaring_beoogde_vestiging ON toelaatbaarheidsverklaring (samenwerkingsverband, beoogde_vestiging);");

            // The store numbers every save, as for arrangementen: concurrency token, ETag and place in the LAS feed.
            Basis.Wijzigingsnummer(migrationBuilder, "toelaatbaarheidsverklaring", [("toelaatbaarheidsverklaring", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "toelaatbaarheidsverklaring");
            migrationBuilder.Sql("DROP FUNCTION toelaatbaarheidsverklaring_wijziging_nummer(); DROP SEQUENCE toelaatbaarheidsverklaring_wijziging;");
        }
    }
}
