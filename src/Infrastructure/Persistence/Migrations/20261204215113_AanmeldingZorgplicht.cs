using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AanmeldingZorgplicht : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "cluster",
                table: "school",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "aanmelding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    leerling_naam = table.Column<string>(type: "character varying(241)", maxLength: 241, nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    school_naam = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ontvangen_op = table.Column<DateOnly>(type: "date", nullable: false),
                    ouder_verwacht_extra_ondersteuning = table.Column<bool>(type: "boolean", nullable: false),
                    gewenste_startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    schooljaar = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    geen_zorgplicht = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    besluit_uiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    verlenging = table.Column<string>(type: "jsonb", nullable: true),
                    besluit = table.Column<string>(type: "jsonb", nullable: true),
                    uitkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    andere_school_vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ingetrokken_op = table.Column<DateOnly>(type: "date", nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aanmelding", x => x.id);
                    table.ForeignKey(
                        name: "fk_aanmelding_leerling",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_aanmelding_leerling_id_vestiging",
                table: "aanmelding",
                columns: new[] { "leerling_id", "vestiging" },
                unique: true,
                filter: "status IN ('ontvangen', 'verlengd')");

            migrationBuilder.CreateIndex(
                name: "ix_aanmelding_samenwerkingsverband_status_besluit_uiterlijk_id",
                table: "aanmelding",
                columns: new[] { "samenwerkingsverband", "status", "besluit_uiterlijk", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_aanmelding_samenwerkingsverband_versie",
                table: "aanmelding",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_aanmelding_samenwerkingsverband_vestiging",
                table: "aanmelding",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            // The version is a change number like every aggregate's, each tenant on its own lock (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "aanmelding", [("aanmelding", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "aanmelding", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER aanmelding_versie ON aanmelding; DROP FUNCTION aanmelding_wijziging_nummer(); DROP SEQUENCE aanmelding_wijziging;");
            migrationBuilder.DropTable(
                name: "aanmelding");

            migrationBuilder.DropColumn(
                name: "cluster",
                table: "school");
        }
    }
}
