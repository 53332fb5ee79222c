using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Expertinzetten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expertinzet",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    casus_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expertisegebied = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    casus = table.Column<string>(type: "jsonb", nullable: false),
                    opp_id = table.Column<Guid>(type: "uuid", nullable: true),
                    arrangement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expert_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    betrokkene_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notities = table.Column<string>(type: "jsonb", nullable: false),
                    samenvatting = table.Column<string>(type: "jsonb", nullable: true),
                    plan = table.Column<string>(type: "jsonb", nullable: true),
                    uren_budget = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    uren = table.Column<string>(type: "jsonb", nullable: false),
                    uren_gebruikt = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    afsluiting = table.Column<string>(type: "jsonb", nullable: true),
                    gebeurtenissen = table.Column<string>(type: "jsonb", nullable: false),
                    gestart_door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    gestart_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aanmaakdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertinzet", x => x.id);
                    table.ForeignKey(
                        name: "fk_expertinzet_leerling_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_casus_id",
                table: "expertinzet",
                column: "casus_id");

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_expert_id",
                table: "expertinzet",
                column: "expert_id",
                filter: "expert_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_leerling_id",
                table: "expertinzet",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_samenwerkingsverband_status",
                table: "expertinzet",
                columns: new[] { "samenwerkingsverband", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_samenwerkingsverband_versie",
                table: "expertinzet",
                columns: new[] { "samenwerkingsverband", "versie" });

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_samenwerkingsverband_vestiging",
                table: "expertinzet",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            // The version is a change number like every aggregate's, numbered per samenwerkingsverband (see Basis.Wijzigingsnummer).
            migrationBuilder.Sql("CREATE SEQUENCE expertinzet_wijziging AS bigint;");
            Basis.Nummerfunctie(migrationBuilder, "expertinzet", perSamenwerkingsverband: true);
            migrationBuilder.Sql("CREATE TRIGGER expertinzet_versie BEFORE INSERT OR UPDATE ON expertinzet FOR EACH ROW EXECUTE FUNCTION expertinzet_wijziging_nummer();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER expertinzet_versie ON expertinzet; DROP FUNCTION expertinzet_wijziging_nummer(); DROP SEQUENCE expertinzet_wijziging;");

            migrationBuilder.DropTable(
                name: "expertinzet");
        }
    }
}
