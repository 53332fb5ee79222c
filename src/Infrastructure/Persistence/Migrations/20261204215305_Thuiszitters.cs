using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Thuiszitters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thuiszitter",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    verzuim_sinds = table.Column<DateOnly>(type: "date", nullable: false),
                    reden = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    grond = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    gemeente = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    leerplichtambtenaar = table.Column<string>(type: "jsonb", nullable: true),
                    planversies = table.Column<string>(type: "jsonb", nullable: false),
                    streefdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    terugkeer = table.Column<string>(type: "jsonb", nullable: true),
                    beeindiging = table.Column<string>(type: "jsonb", nullable: true),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    gemeld_door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    gemeld_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thuiszitter", x => x.id);
                    table.ForeignKey(
                        name: "fk_thuiszitter_leerling_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_leerling_id",
                table: "thuiszitter",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_samenwerkingsverband_status_streefdatum_id",
                table: "thuiszitter",
                columns: new[] { "samenwerkingsverband", "status", "streefdatum", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_samenwerkingsverband_versie",
                table: "thuiszitter",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_samenwerkingsverband_vestiging",
                table: "thuiszitter",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            // The version is a change number like every aggregate's, numbered per samenwerkingsverband (see Basis.Wijzigingsnummer).
            migrationBuilder.Sql("CREATE SEQUENCE thuiszitter_wijziging AS bigint;");
            Basis.Nummerfunctie(migrationBuilder, "thuiszitter", perSamenwerkingsverband: true);
            migrationBuilder.Sql("CREATE TRIGGER thuiszitter_versie BEFORE INSERT OR UPDATE ON thuiszitter FOR EACH ROW EXECUTE FUNCTION thuiszitter_wijziging_nummer();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER thuiszitter_versie ON thuiszitter; DROP FUNCTION thuiszitter_wijziging_nummer(); DROP SEQUENCE thuiszitter_wijziging;");

            migrationBuilder.DropTable(
                name: "thuiszitter");
        }
    }
}
