using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Casuistiek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "netwerkbespreking",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    lokaal_netwerk = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    datum = table.Column<DateOnly>(type: "date", nullable: false),
                    schooljaar = table.Column<int>(type: "integer", nullable: false),
                    aanwezigen = table.Column<string>(type: "jsonb", nullable: false),
                    notities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_netwerkbespreking", x => x.id);
                    table.ForeignKey(
                        name: "fk_netwerkbespreking_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "casus",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    lokaal_netwerk = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    schooljaar = table.Column<int>(type: "integer", nullable: false),
                    ondersteuningsvraag = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    leerjaarband = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    geprobeerd = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    expertisegebied = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    bespreking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uitkomst = table.Column<string>(type: "jsonb", nullable: true),
                    uitkomst_soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    expertinzet_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ingebracht_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_casus", x => x.id);
                    table.ForeignKey(
                        name: "fk_casus_netwerkbespreking_bespreking_id",
                        column: x => x.bespreking_id,
                        principalTable: "netwerkbespreking",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_casus_school_samenwerkingsverband_vestiging",
                        columns: x => new { x.samenwerkingsverband, x.vestiging },
                        principalTable: "school",
                        principalColumns: new[] { "samenwerkingsverband", "vestiging" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_casus_bespreking_id",
                table: "casus",
                column: "bespreking_id");

            migrationBuilder.CreateIndex(
                name: "ix_casus_expertinzet_id",
                table: "casus",
                column: "expertinzet_id",
                unique: true,
                filter: "expertinzet_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_casus_samenwerkingsverband_regio_lokaal_netwerk_schooljaar",
                table: "casus",
                columns: new[] { "samenwerkingsverband", "regio", "lokaal_netwerk", "schooljaar" });

            migrationBuilder.CreateIndex(
                name: "ix_casus_samenwerkingsverband_vestiging",
                table: "casus",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_netwerkbespreking_samenwerkingsverband_regio_lokaal_netwerk",
                table: "netwerkbespreking",
                columns: new[] { "samenwerkingsverband", "regio", "lokaal_netwerk", "datum" });

            migrationBuilder.CreateIndex(
                name: "ix_netwerkbespreking_samenwerkingsverband_schooljaar",
                table: "netwerkbespreking",
                columns: new[] { "samenwerkingsverband", "schooljaar" });

            // The version is a change number like every aggregate's (see Basis.Wijzigingsnummer), numbered per tenant.
            Basis.Wijzigingsnummer(migrationBuilder, "netwerkbespreking", [("netwerkbespreking", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "netwerkbespreking", perSamenwerkingsverband: true);
            Basis.Wijzigingsnummer(migrationBuilder, "casus", [("casus", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "casus", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER casus_versie ON casus; DROP FUNCTION casus_wijziging_nummer(); DROP SEQUENCE casus_wijziging;");
            migrationBuilder.Sql("DROP TRIGGER netwerkbespreking_versie ON netwerkbespreking; DROP FUNCTION netwerkbespreking_wijziging_nummer(); DROP SEQUENCE netwerkbespreking_wijziging;");
            migrationBuilder.DropTable(
                name: "casus");

            migrationBuilder.DropTable(
                name: "netwerkbespreking");
        }
    }
}
