using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Expertboek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expertprofiel",
                columns: table => new
                {
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    expertisegebieden = table.Column<string[]>(type: "character varying(40)[]", nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    fte = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: false),
                    werkdagen = table.Column<string[]>(type: "character varying(20)[]", nullable: false),
                    ook_in_regios = table.Column<string[]>(type: "text[]", nullable: false),
                    toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertprofiel", x => x.expert_id);
                    table.ForeignKey(
                        name: "fk_expertprofiel_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regioaanbod",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    expertisegebieden = table.Column<string[]>(type: "character varying(40)[]", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regioaanbod", x => x.id);
                    table.ForeignKey(
                        name: "fk_regioaanbod_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_expertprofiel_samenwerkingsverband",
                table: "expertprofiel",
                column: "samenwerkingsverband");

            migrationBuilder.CreateIndex(
                name: "ix_regioaanbod_samenwerkingsverband_regio",
                table: "regioaanbod",
                columns: new[] { "samenwerkingsverband", "regio" },
                unique: true);

            // The versions are change numbers like every aggregate's, each tenant on its own lock (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "expertprofiel", [("expertprofiel", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "expertprofiel", perSamenwerkingsverband: true);
            Basis.Wijzigingsnummer(migrationBuilder, "regioaanbod", [("regioaanbod", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "regioaanbod", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER expertprofiel_versie ON expertprofiel; DROP FUNCTION expertprofiel_wijziging_nummer(); DROP SEQUENCE expertprofiel_wijziging;");
            migrationBuilder.Sql("DROP TRIGGER regioaanbod_versie ON regioaanbod; DROP FUNCTION regioaanbod_wijziging_nummer(); DROP SEQUENCE regioaanbod_wijziging;");

            migrationBuilder.DropTable(
                name: "expertprofiel");

            migrationBuilder.DropTable(
                name: "regioaanbod");
        }
    }
}
