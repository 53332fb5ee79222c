using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Basis : Migration
    {
        /// <summary>
        /// One change sequence per aggregate, with the tables its trigger numbers and on which events. The register and
        /// its tombstones share one sequence, so the change feed reports a removal in order with the changes; a tombstone
        /// is only ever inserted.
        /// </summary>
        private static readonly (string Reeks, (string Tabel, string Bij)[] Tabellen)[] Wijzigingsnummers =
        [
            ("aanbieder", [("onderwijsbegeleidingsaanbieder", "INSERT OR UPDATE"), ("verwijderde_aanbieder", "INSERT")]),
            ("arrangement", [("arrangement", "INSERT OR UPDATE")]),
            ("samenwerkingsverband", [("samenwerkingsverband", "INSERT OR UPDATE")]),
            ("school", [("school", "INSERT OR UPDATE")]),
            ("leerling", [("leerling", "INSERT OR UPDATE")]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "outbox_bericht_volgnummer");

            migrationBuilder.CreateTable(
                name: "arrangement_telling",
                columns: table => new
                {
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    aantallen = table.Column<string>(type: "jsonb", nullable: false),
                    bijgewerkt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_telling", x => x.samenwerkingsverband);
                });

            migrationBuilder.CreateTable(
                name: "audit_regel",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    actor_soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    namens = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actie = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_soort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: true),
                    doel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    herkomst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    trace_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_regel", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "expertise_waardelijst",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    geldig_vanaf_beginjaar = table.Column<int>(type: "integer", nullable: false),
                    bron = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    gepubliceerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertise_waardelijst", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gebruiker",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    rol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    vestigingen = table.Column<string[]>(type: "text[]", nullable: false),
                    wachtwoord_hash = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    actief = table.Column<bool>(type: "boolean", nullable: false),
                    activatiecode_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    activatie_geldig_tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mislukte_pogingen = table.Column<int>(type: "integer", nullable: false),
                    geblokkeerd_tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gebruiker", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gebruikte_client_assertie",
                columns: table => new
                {
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    jti = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    verloopt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gebruikte_client_assertie", x => new { x.client_id, x.jti });
                });

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
                name: "onderwijsbegeleidingsaanbieder",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    naam = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    internationale_naam = table.Column<string>(type: "character varying(225)", maxLength: 225, nullable: true),
                    inbedrijfdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    uitbedrijfdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    bestuur = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    communicatiecontexten = table.Column<string>(type: "jsonb", nullable: false),
                    eigenaar = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erkenning_cluster = table.Column<int>(type: "integer", nullable: false),
                    erkenning_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    erkenning_licenties = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onderwijsbegeleidingsaanbieder", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "openiddict_application",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_secret = table.Column<string>(type: "text", nullable: true),
                    client_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    consent_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    display_names = table.Column<string>(type: "text", nullable: true),
                    json_web_key_set = table.Column<string>(type: "text", nullable: true),
                    permissions = table.Column<string>(type: "text", nullable: true),
                    post_logout_redirect_uris = table.Column<string>(type: "text", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    redirect_uris = table.Column<string>(type: "text", nullable: true),
                    requirements = table.Column<string>(type: "text", nullable: true),
                    settings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_openiddict_application", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "openiddict_scope",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    descriptions = table.Column<string>(type: "text", nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    display_names = table.Column<string>(type: "text", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    resources = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_openiddict_scope", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_bericht",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volgnummer = table.Column<long>(type: "bigint", nullable: false),
                    aggregaat_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    aggregaat_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    soort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    inhoud = table.Column<string>(type: "jsonb", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    pogingen = table.Column<int>(type: "integer", nullable: false),
                    volgende_poging_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    laatste_fout = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    verwerkt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mislukt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_bericht", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "samenwerkingsverband",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    regios = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_samenwerkingsverband", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "synctokensleutel",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    materiaal = table.Column<byte[]>(type: "bytea", nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_synctokensleutel", x => x.id);
                    table.CheckConstraint("ck_synctokensleutel_materiaal", "length(materiaal) = 32");
                });

            migrationBuilder.CreateTable(
                name: "verwerkte_gebeurtenis",
                columns: table => new
                {
                    consument = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    gebeurtenis_id = table.Column<Guid>(type: "uuid", nullable: false),
                    verwerkt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verwerkte_gebeurtenis", x => new { x.consument, x.gebeurtenis_id });
                });

            migrationBuilder.CreateTable(
                name: "verwijderde_aanbieder",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    versie = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    verwijderd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verwijderde_aanbieder", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "expertise",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    waardelijst_id = table.Column<Guid>(type: "uuid", nullable: false),
                    omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertise", x => new { x.waardelijst_id, x.code });
                    table.ForeignKey(
                        name: "fk_expertise_expertise_waardelijst_waardelijst_id",
                        column: x => x.waardelijst_id,
                        principalTable: "expertise_waardelijst",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aangeboden_begeleiding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expertise = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    capaciteit = table.Column<int>(type: "integer", nullable: true),
                    aanbieder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    begindatum = table.Column<DateOnly>(type: "date", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    werkgebied_postcodegebieden = table.Column<string[]>(type: "text[]", nullable: false),
                    werkgebied_samenwerkingsverbanden = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aangeboden_begeleiding", x => x.id);
                    table.ForeignKey(
                        name: "fk_aangeboden_begeleiding_onderwijsbegeleidingsaanbieder_aanbi",
                        column: x => x.aanbieder_id,
                        principalTable: "onderwijsbegeleidingsaanbieder",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "openiddict_authorization",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_id = table.Column<string>(type: "text", nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    scopes = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_openiddict_authorization", x => x.id);
                    table.ForeignKey(
                        name: "fk_openiddict_authorization_openiddict_application_application",
                        column: x => x.application_id,
                        principalTable: "openiddict_application",
                        principalColumn: "id");
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
                name: "openiddict_token",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    application_id = table.Column<string>(type: "text", nullable: true),
                    authorization_id = table.Column<string>(type: "text", nullable: true),
                    concurrency_token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    expiration_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    payload = table.Column<string>(type: "text", nullable: true),
                    properties = table.Column<string>(type: "text", nullable: true),
                    redemption_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reference_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_openiddict_token", x => x.id);
                    table.ForeignKey(
                        name: "fk_openiddict_token_openiddict_application_application_id",
                        column: x => x.application_id,
                        principalTable: "openiddict_application",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_openiddict_token_openiddict_authorization_authorization_id",
                        column: x => x.authorization_id,
                        principalTable: "openiddict_authorization",
                        principalColumn: "id");
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
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
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
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
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
                    uitvoerder_soort = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    uitvoerder_expert_id = table.Column<Guid>(type: "uuid", nullable: true),
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
                    behandeldeadline = table.Column<DateOnly>(type: "date", nullable: false),
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

            migrationBuilder.CreateTable(
                name: "betrokkene",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    reden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    tot = table.Column<DateOnly>(type: "date", nullable: false),
                    toegevoegd_door = table.Column<string>(type: "jsonb", nullable: false),
                    toegevoegd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    beeindigd_door = table.Column<string>(type: "jsonb", nullable: true),
                    beeindigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_betrokkene", x => x.id);
                    table.ForeignKey(
                        name: "fk_betrokkene_leerlingen_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_aangeboden_begeleiding_aanbieder_id",
                table: "aangeboden_begeleiding",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "ix_aangeboden_begeleiding_expertise",
                table: "aangeboden_begeleiding",
                column: "expertise");

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
                name: "ix_arrangement_uitvoerder_expert_id",
                table: "arrangement",
                column: "uitvoerder_expert_id",
                filter: "uitvoerder_expert_id IS NOT NULL");

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
                name: "ix_audit_regel_samenwerkingsverband_actor_id",
                table: "audit_regel",
                columns: new[] { "samenwerkingsverband", "actor", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_regel_samenwerkingsverband_leerling_id_id",
                table: "audit_regel",
                columns: new[] { "samenwerkingsverband", "leerling_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_betrokkene_expert_id_leerling_id",
                table: "betrokkene",
                columns: new[] { "expert_id", "leerling_id" });

            migrationBuilder.CreateIndex(
                name: "ix_betrokkene_leerling_id",
                table: "betrokkene",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_expertise_waardelijst_geldig_vanaf_beginjaar",
                table: "expertise_waardelijst",
                column: "geldig_vanaf_beginjaar",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_activatiecode_hash",
                table: "gebruiker",
                column: "activatiecode_hash",
                unique: true,
                filter: "activatiecode_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_email",
                table: "gebruiker",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_samenwerkingsverband",
                table: "gebruiker",
                column: "samenwerkingsverband");

            migrationBuilder.CreateIndex(
                name: "ix_gebruikte_client_assertie_verloopt_op",
                table: "gebruikte_client_assertie",
                column: "verloopt_op");

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
                name: "ix_onderwijsbegeleidingsaanbieder_code",
                table: "onderwijsbegeleidingsaanbieder",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_gewijzigd_op",
                table: "onderwijsbegeleidingsaanbieder",
                column: "gewijzigd_op");

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_naam",
                table: "onderwijsbegeleidingsaanbieder",
                column: "naam");

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_versie",
                table: "onderwijsbegeleidingsaanbieder",
                column: "versie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_application_client_id",
                table: "openiddict_application",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_authorization_application_id_status_subject_type",
                table: "openiddict_authorization",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_scope_name",
                table: "openiddict_scope",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_token_application_id_status_subject_type",
                table: "openiddict_token",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_token_authorization_id",
                table: "openiddict_token",
                column: "authorization_id");

            migrationBuilder.CreateIndex(
                name: "ix_openiddict_token_reference_id",
                table: "openiddict_token",
                column: "reference_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_bericht_onverwerkt",
                table: "outbox_bericht",
                column: "volgnummer",
                filter: "verwerkt_op IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_bericht_onverwerkt_per_aggregaat",
                table: "outbox_bericht",
                columns: new[] { "aggregaat_type", "aggregaat_id", "volgnummer" },
                filter: "verwerkt_op IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_bericht_volgnummer",
                table: "outbox_bericht",
                column: "volgnummer",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_verwijderde_aanbieder_versie",
                table: "verwijderde_aanbieder",
                column: "versie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_verwijderde_aanbieder_verwijderd_op",
                table: "verwijderde_aanbieder",
                column: "verwijderd_op");

            // Below: what the model cannot say, written once in its final form. This baseline replaced the migrations
            // up to ClientAssertieJti (issue 10); their data fix-ups (filling added columns, linking expert providers,
            // owners from audit records) are gone: a database made from this migration has no old rows to fix.

            // The audit log is append-only in the database itself: no UPDATE, DELETE or TRUNCATE, whatever the
            // application does. Only an owner or a superuser may disable or drop these triggers.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_regel_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_regel is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_regel_geen_wijziging BEFORE UPDATE OR DELETE ON audit_regel
                    FOR EACH ROW EXECUTE FUNCTION audit_regel_onveranderlijk();
                CREATE TRIGGER audit_regel_geen_truncate BEFORE TRUNCATE ON audit_regel
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_regel_onveranderlijk();
                """);

            // The store numbers every `versie` (the row versions the model leaves to the database); see Wijzigingsnummers.
            foreach (var (reeks, tabellen) in Wijzigingsnummers)
            {
                Wijzigingsnummer(migrationBuilder, reeks, tabellen);
            }

            // Every way an expert is involved with a pupil, read by the DbContext's visibility filters (need to know):
            // a betrokkene that was not ended early, until its last day; and an open arrangement that names the
            // expert's account as provider. UNION ALL lets PostgreSQL push the filter's pupil and expert into both
            // halves, each served by its own index.
            migrationBuilder.Sql("""
                CREATE VIEW expert_betrokkenheid AS
                    SELECT leerling_id, expert_id, tot
                      FROM betrokkene
                     WHERE beeindigd_op IS NULL
                    UNION ALL
                    SELECT leerling_id, uitvoerder_expert_id, NULL::date
                      FROM arrangement
                     WHERE uitvoerder_expert_id IS NOT NULL AND status NOT IN ('afgewezen', 'beeindigd');
                """);

            // The rights say what the audit triggers say, so a role that does not own the table is refused before any
            // trigger runs. The rule is keyed on that trigger, not on a table name, and takes back whatever was granted
            // (the owner's default privileges give every new table full row rights to the application role): a later
            // append-only table, or the audit table made anew, is covered by calling it again. DatabaseMigrator calls it
            // after every migration run and scripts/database-rollen.sql after its grants, so it also holds when a later
            // migration forgets to. Last here, after every table of this migration exists.
            migrationBuilder.Sql("""
                CREATE FUNCTION alleen_toevoegen_rechten() RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    recht record;
                BEGIN
                    FOR recht IN
                        SELECT DISTINCT c.oid::regclass AS tabel,
                               CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END AS rol
                        FROM pg_class c
                        CROSS JOIN LATERAL aclexplode(c.relacl) g
                        WHERE g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                          AND g.grantee <> c.relowner
                          AND EXISTS (SELECT 1 FROM pg_trigger t
                                      WHERE t.tgrelid = c.oid AND t.tgfoid = 'audit_regel_onveranderlijk'::regproc)
                    LOOP
                        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %s', recht.tabel, recht.rol);
                    END LOOP;
                END;
                $$;
                SELECT alleen_toevoegen_rechten();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view reads two of the tables below; the triggers go with their tables.
            migrationBuilder.Sql("DROP VIEW expert_betrokkenheid;");

            migrationBuilder.DropTable(
                name: "aangeboden_begeleiding");

            migrationBuilder.DropTable(
                name: "arrangement");

            migrationBuilder.DropTable(
                name: "arrangement_telling");

            migrationBuilder.DropTable(
                name: "audit_regel");

            migrationBuilder.DropTable(
                name: "betrokkene");

            migrationBuilder.DropTable(
                name: "expertise");

            migrationBuilder.DropTable(
                name: "gebruiker");

            migrationBuilder.DropTable(
                name: "gebruikte_client_assertie");

            migrationBuilder.DropTable(
                name: "idempotentiesleutel");

            migrationBuilder.DropTable(
                name: "openiddict_scope");

            migrationBuilder.DropTable(
                name: "openiddict_token");

            migrationBuilder.DropTable(
                name: "outbox_bericht");

            migrationBuilder.DropTable(
                name: "synctokensleutel");

            migrationBuilder.DropTable(
                name: "verwerkte_gebeurtenis");

            migrationBuilder.DropTable(
                name: "verwijderde_aanbieder");

            migrationBuilder.DropTable(
                name: "onderwijsbegeleidingsaanbieder");

            migrationBuilder.DropTable(
                name: "leerling");

            migrationBuilder.DropTable(
                name: "expertise_waardelijst");

            migrationBuilder.DropTable(
                name: "openiddict_authorization");

            migrationBuilder.DropTable(
                name: "school");

            migrationBuilder.DropTable(
                name: "openiddict_application");

            migrationBuilder.DropTable(
                name: "schoolbestuur");

            migrationBuilder.DropTable(
                name: "samenwerkingsverband");

            migrationBuilder.DropSequence(
                name: "outbox_bericht_volgnummer");

            migrationBuilder.Sql("""
                DROP FUNCTION alleen_toevoegen_rechten();
                DROP FUNCTION audit_regel_onveranderlijk();
                """);
            foreach (var (reeks, _) in Wijzigingsnummers)
            {
                migrationBuilder.Sql($"DROP FUNCTION {reeks}_wijziging_nummer(); DROP SEQUENCE {reeks}_wijziging;");
            }
        }

        /// <summary>
        /// Sequence REEKS_wijziging and the trigger function that numbers a row from it, with trigger TABLE_versie on each
        /// given table. The transaction-scoped advisory lock makes writers take numbers in commit order, so a reader that
        /// has seen number N has seen every change up to N: the change feed can hand out "the highest number I showed
        /// you" as a safe resume point.
        /// </summary>
        internal static void Wijzigingsnummer(MigrationBuilder migrationBuilder, string reeks, (string Tabel, string Bij)[] tabellen)
        {
            migrationBuilder.Sql($"CREATE SEQUENCE {reeks}_wijziging AS bigint;");
            Nummerfunctie(migrationBuilder, reeks, perSamenwerkingsverband: false);
            foreach (var (tabel, bij) in tabellen)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {tabel}_versie BEFORE {bij} ON {tabel}
                        FOR EACH ROW EXECUTE FUNCTION {reeks}_wijziging_nummer();
                    """);
            }
        }

        /// <summary>
        /// The trigger function of sequence REEKS_wijziging: takes the lock, then the next number. Per samenwerkingsverband
        /// (see <c>WijzigingsnummerPerSamenwerkingsverband</c>) the lock is the tenant's own, taken from the row's
        /// <c>samenwerkingsverband</c> column.
        /// </summary>
        internal static void Nummerfunctie(MigrationBuilder migrationBuilder, string reeks, bool perSamenwerkingsverband)
        {
            var slot = perSamenwerkingsverband
                ? $"hashtext('{reeks}_wijziging'), hashtext(NEW.samenwerkingsverband)"
                : $"hashtext('{reeks}_wijziging')";
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION {reeks}_wijziging_nummer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock({slot});
                    NEW.versie := nextval('{reeks}_wijziging');
                    RETURN NEW;
                END $$;
                """);
        }
    }
}
