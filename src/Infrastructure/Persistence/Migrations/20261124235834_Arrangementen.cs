using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Arrangementen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotentiesleutel",
                columns: table => new
                {
                    aanroeper = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    vingerafdruk = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotentiesleutel", x => new { x.aanroeper, x.sleutel });
                });

            migrationBuilder.CreateTable(
                name: "samenwerkingsverband",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    regios = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_samenwerkingsverband", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "schoolbestuur",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    nummer = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    naam = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schoolbestuur", x => x.id);
                    table.ForeignKey(
                        name: "fk_schoolbestuur_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "school",
                columns: table => new
                {
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    naam = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    soort = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    schoolbestuur_id = table.Column<Guid>(type: "uuid", nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    lokaal_netwerk = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    sop_aandacht_en_tijd = table.Column<string>(type: "text", nullable: true),
                    sop_expertise = table.Column<string>(type: "text", nullable: true),
                    sop_onderwijsmaterialen = table.Column<string>(type: "text", nullable: true),
                    sop_ruimtelijke_omgeving = table.Column<string>(type: "text", nullable: true),
                    sop_samenwerking = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school", x => x.vestiging);
                    table.ForeignKey(
                        name: "fk_school_schoolbestuur_schoolbestuur_id",
                        column: x => x.schoolbestuur_id,
                        principalTable: "schoolbestuur",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "leerling",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    voornaam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    achternaam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    groep = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    belemmerende_factoren = table.Column<string>(type: "text", nullable: true),
                    bevorderende_factoren = table.Column<string>(type: "text", nullable: true),
                    visie_leerling = table.Column<string>(type: "text", nullable: true),
                    visie_ouders = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_aandacht_en_tijd = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_expertise = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_onderwijsmaterialen = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_ruimtelijke_omgeving = table.Column<string>(type: "text", nullable: true),
                    onderwijsbehoefte_samenwerking = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leerling", x => x.id);
                    table.ForeignKey(
                        name: "fk_leerling_school_vestiging",
                        column: x => x.vestiging,
                        principalTable: "school",
                        principalColumn: "vestiging",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrangement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    doelen = table.Column<string>(type: "jsonb", nullable: false),
                    ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    uren = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    budget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    uitvoerder = table.Column<string>(type: "jsonb", nullable: false),
                    bekostiger = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    toelichting = table.Column<string>(type: "text", nullable: false),
                    aangevraagd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    open_vraag = table.Column<string>(type: "text", nullable: true),
                    besluit = table.Column<string>(type: "jsonb", nullable: true),
                    beschikkingsnummer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    startdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    evaluaties = table.Column<string>(type: "jsonb", nullable: false),
                    volgende_evaluatie_uiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    beeindigd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    reden_beeindiging = table.Column<string>(type: "text", nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    inhoud_aandacht_en_tijd = table.Column<string>(type: "text", nullable: true),
                    inhoud_expertise = table.Column<string>(type: "text", nullable: true),
                    inhoud_onderwijsmaterialen = table.Column<string>(type: "text", nullable: true),
                    inhoud_ruimtelijke_omgeving = table.Column<string>(type: "text", nullable: true),
                    inhoud_samenwerking = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement", x => x.id);
                    table.ForeignKey(
                        name: "fk_arrangement_leerlingen_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_leerling_id",
                table: "arrangement",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_beschikkingsnummer",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "beschikkingsnummer" },
                unique: true,
                filter: "beschikkingsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_status",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_vestiging",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_versie",
                table: "arrangement",
                column: "versie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_volgende_evaluatie_uiterlijk",
                table: "arrangement",
                column: "volgende_evaluatie_uiterlijk");

            migrationBuilder.CreateIndex(
                name: "ix_idempotentiesleutel_op",
                table: "idempotentiesleutel",
                column: "op");

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_leerling_vestiging",
                table: "leerling",
                column: "vestiging");

            migrationBuilder.CreateIndex(
                name: "ix_school_samenwerkingsverband",
                table: "school",
                column: "samenwerkingsverband");

            migrationBuilder.CreateIndex(
                name: "ix_school_schoolbestuur_id",
                table: "school",
                column: "schoolbestuur_id");

            migrationBuilder.CreateIndex(
                name: "ix_schoolbestuur_samenwerkingsverband_nummer",
                table: "schoolbestuur",
                columns: new[] { "samenwerkingsverband", "nummer" },
                unique: true);

            // Its own change sequence, numbered in commit order as for the aanbieders (see Begeleidingsaanbod).
            migrationBuilder.Sql("""
                CREATE SEQUENCE arrangement_wijziging AS bigint;
                CREATE FUNCTION arrangement_wijziging_nummer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('arrangement_wijziging'));
                    NEW.versie := nextval('arrangement_wijziging');
                    RETURN NEW;
                END $$;
                CREATE TRIGGER arrangement_versie BEFORE INSERT OR UPDATE ON arrangement
                    FOR EACH ROW EXECUTE FUNCTION arrangement_wijziging_nummer();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER arrangement_versie ON arrangement; DROP FUNCTION arrangement_wijziging_nummer(); DROP SEQUENCE arrangement_wijziging;");

            migrationBuilder.DropTable(
                name: "arrangement");

            migrationBuilder.DropTable(
                name: "idempotentiesleutel");

            migrationBuilder.DropTable(
                name: "leerling");

            migrationBuilder.DropTable(
                name: "school");

            migrationBuilder.DropTable(
                name: "schoolbestuur");

            migrationBuilder.DropTable(
                name: "samenwerkingsverband");
        }
    }
}
