using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>The regional portfolio's middelen per schoolbestuur and year, their verantwoordingen, and the samenwerkingsprojecten.</summary>
    public partial class PortfolioMiddelen : Migration
    {
        private static readonly string[] Tabellen = ["middelentoekenning", "verantwoording", "samenwerkingsproject"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "middelentoekenning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    schoolbestuur_id = table.Column<Guid>(type: "uuid", nullable: false),
                    jaar = table.Column<int>(type: "integer", nullable: false),
                    bedrag = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    verdeelsleutel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    betaald_op = table.Column<DateOnly>(type: "date", nullable: true),
                    scholen = table.Column<string>(type: "jsonb", nullable: false),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_middelentoekenning", x => x.id);
                    table.ForeignKey(
                        name: "fk_middelentoekenning_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_middelentoekenning_schoolbestuur_schoolbestuur_id",
                        column: x => x.schoolbestuur_id,
                        principalTable: "schoolbestuur",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "samenwerkingsproject",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    titel = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    doel = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    partners = table.Column<string>(type: "jsonb", nullable: false),
                    jaar = table.Column<int>(type: "integer", nullable: false),
                    projectplan = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    begroting = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    plan_vastgelegd_op = table.Column<DateOnly>(type: "date", nullable: false),
                    gecorrigeerd = table.Column<bool>(type: "boolean", nullable: false),
                    evaluaties = table.Column<string>(type: "jsonb", nullable: false),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_samenwerkingsproject", x => x.id);
                    table.ForeignKey(
                        name: "fk_samenwerkingsproject_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "verantwoording",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    toekenning_id = table.Column<Guid>(type: "uuid", nullable: false),
                    schoolbestuur_id = table.Column<Guid>(type: "uuid", nullable: false),
                    jaar = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    regels = table.Column<string>(type: "jsonb", nullable: false),
                    leerlingregels = table.Column<string>(type: "jsonb", nullable: false),
                    ingediend_op = table.Column<DateOnly>(type: "date", nullable: true),
                    besproken_op = table.Column<DateOnly>(type: "date", nullable: true),
                    bespreeknotitie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verantwoording", x => x.id);
                    table.ForeignKey(
                        name: "fk_verantwoording_middelentoekenning_toekenning_id",
                        column: x => x.toekenning_id,
                        principalTable: "middelentoekenning",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_verantwoording_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_middelentoekenning_samenwerkingsverband_jaar",
                table: "middelentoekenning",
                columns: new[] { "samenwerkingsverband", "jaar" });

            migrationBuilder.CreateIndex(
                name: "ix_middelentoekenning_samenwerkingsverband_schoolbestuur_id_ja",
                table: "middelentoekenning",
                columns: new[] { "samenwerkingsverband", "schoolbestuur_id", "jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_middelentoekenning_schoolbestuur_id",
                table: "middelentoekenning",
                column: "schoolbestuur_id");

            migrationBuilder.CreateIndex(
                name: "ix_samenwerkingsproject_samenwerkingsverband_regio_jaar",
                table: "samenwerkingsproject",
                columns: new[] { "samenwerkingsverband", "regio", "jaar" });

            migrationBuilder.CreateIndex(
                name: "ix_verantwoording_samenwerkingsverband_schoolbestuur_id",
                table: "verantwoording",
                columns: new[] { "samenwerkingsverband", "schoolbestuur_id" });

            migrationBuilder.CreateIndex(
                name: "ix_verantwoording_toekenning_id",
                table: "verantwoording",
                column: "toekenning_id",
                unique: true);

            // The versions are change numbers like every aggregate's (see Basis.Wijzigingsnummer), per samenwerkingsverband.
            foreach (var tabel in Tabellen)
            {
                Basis.Wijzigingsnummer(migrationBuilder, tabel, [(tabel, "INSERT OR UPDATE")]);
                Basis.Nummerfunctie(migrationBuilder, tabel, perSamenwerkingsverband: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var tabel in Tabellen)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {tabel}_versie ON {tabel};");
                migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {tabel}_wijziging_nummer();");
                migrationBuilder.Sql($"DROP SEQUENCE IF EXISTS {tabel}_wijziging;");
            }

            migrationBuilder.DropTable(
                name: "samenwerkingsproject");

            migrationBuilder.DropTable(
                name: "verantwoording");

            migrationBuilder.DropTable(
                name: "middelentoekenning");
        }
    }
}
