using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Outbox : Migration
    {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrangement_telling");

            migrationBuilder.DropTable(
                name: "outbox_bericht");

            migrationBuilder.DropTable(
                name: "verwerkte_gebeurtenis");

            migrationBuilder.DropSequence(
                name: "outbox_bericht_volgnummer");
        }
    }
}
