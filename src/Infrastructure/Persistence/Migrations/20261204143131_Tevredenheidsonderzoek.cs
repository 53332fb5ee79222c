using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Tevredenheidsonderzoek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tevredenheidsonderzoek",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    expertinzet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    regio = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    expertisegebied = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    verstuurd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    beantwoord_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tevredenheidsonderzoek", x => x.id);
                    table.ForeignKey(
                        name: "fk_tevredenheidsonderzoek_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tevredenheidsonderzoek_expertinzet_id",
                table: "tevredenheidsonderzoek",
                column: "expertinzet_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tevredenheidsonderzoek_samenwerkingsverband_verstuurd_op",
                table: "tevredenheidsonderzoek",
                columns: new[] { "samenwerkingsverband", "verstuurd_op" });

            migrationBuilder.CreateIndex(
                name: "ix_tevredenheidsonderzoek_samenwerkingsverband_vestiging",
                table: "tevredenheidsonderzoek",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            // The version is a change number like every aggregate's, each tenant on its own lock (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "tevredenheidsonderzoek", [("tevredenheidsonderzoek", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "tevredenheidsonderzoek", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER tevredenheidsonderzoek_versie ON tevredenheidsonderzoek; DROP FUNCTION tevredenheidsonderzoek_wijziging_nummer(); DROP SEQUENCE tevredenheidsonderzoek_wijziging;");

            migrationBuilder.DropTable(
                name: "tevredenheidsonderzoek");
        }
    }
}
