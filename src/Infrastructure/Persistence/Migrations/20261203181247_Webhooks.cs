using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "koppeling_notificatie",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    soort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    vestigingen = table.Column<List<string>>(type: "text[]", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    versie = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_koppeling_notificatie", x => x.id);
                    table.ForeignKey(
                        name: "fk_koppeling_notificatie_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_abonnement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    soorten = table.Column<List<string>>(type: "text[]", nullable: false),
                    geheim = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    vorig_geheim = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    vorig_geheim_tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gepauzeerd = table.Column<bool>(type: "boolean", nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    versie = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_abonnement", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_abonnement_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_aflevering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    abonnement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notificatie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    volgnummer = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    pogingen = table.Column<int>(type: "integer", nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    volgende_poging_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    geclaimd_tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    afgeleverd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    laatste_fout = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    herstart_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_aflevering", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_aflevering_abonnement",
                        column: x => x.abonnement_id,
                        principalTable: "webhook_abonnement",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webhook_aflevering_notificatie",
                        column: x => x.notificatie_id,
                        principalTable: "koppeling_notificatie",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_afleverpoging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    abonnement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aflevering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notificatie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    statuscode = table.Column<int>(type: "integer", nullable: true),
                    fout = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    duur_ms = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_afleverpoging", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_afleverpoging_aflevering",
                        column: x => x.aflevering_id,
                        principalTable: "webhook_aflevering",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_koppeling_notificatie_samenwerkingsverband_versie",
                table: "koppeling_notificatie",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_abonnement_samenwerkingsverband_client_id",
                table: "webhook_abonnement",
                columns: new[] { "samenwerkingsverband", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_aflevering_abonnement_id_volgnummer",
                table: "webhook_aflevering",
                columns: new[] { "abonnement_id", "volgnummer" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_aflevering_notificatie_id",
                table: "webhook_aflevering",
                column: "notificatie_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_aflevering_wachtend",
                table: "webhook_aflevering",
                column: "volgende_poging_op",
                filter: "status = 'Wachtend'");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_aflevering_wachtend_per_subject",
                table: "webhook_aflevering",
                columns: new[] { "abonnement_id", "subject", "volgnummer" },
                filter: "status = 'Wachtend'");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_afleverpoging_abonnement_id_id",
                table: "webhook_afleverpoging",
                columns: new[] { "abonnement_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_afleverpoging_aflevering_id",
                table: "webhook_afleverpoging",
                column: "aflevering_id");

            // The feed's change numbers: from the database, per samenwerkingsverband, like every other feed.
            Basis.Wijzigingsnummer(migrationBuilder, "koppeling_notificatie", [("koppeling_notificatie", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "koppeling_notificatie", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS koppeling_notificatie_versie ON koppeling_notificatie;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS koppeling_notificatie_wijziging_nummer();");
            migrationBuilder.Sql("DROP SEQUENCE IF EXISTS koppeling_notificatie_wijziging;");
            migrationBuilder.DropTable(
                name: "webhook_afleverpoging");

            migrationBuilder.DropTable(
                name: "webhook_aflevering");

            migrationBuilder.DropTable(
                name: "webhook_abonnement");

            migrationBuilder.DropTable(
                name: "koppeling_notificatie");
        }
    }
}
