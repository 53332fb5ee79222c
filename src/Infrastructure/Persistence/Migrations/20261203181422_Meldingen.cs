using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Meldingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mailopdracht",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ontvanger = table.Column<Guid>(type: "uuid", nullable: false),
                    adres = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verzonden_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    pogingen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailopdracht", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "melding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ontvanger = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tekst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    zaak = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    zaak_id = table.Column<Guid>(type: "uuid", nullable: true),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    gelezen_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_melding", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meldingvoorkeuren",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    versie = table.Column<long>(type: "bigint", nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voorkeuren = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meldingvoorkeuren", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mailopdracht_te_verzenden",
                table: "mailopdracht",
                column: "id",
                filter: "verzonden_op IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_melding_ontvanger_gelezen_op_id",
                table: "melding",
                columns: new[] { "ontvanger", "gelezen_op", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_melding_ontvanger_id",
                table: "melding",
                columns: new[] { "ontvanger", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mailopdracht");

            migrationBuilder.DropTable(
                name: "melding");

            migrationBuilder.DropTable(
                name: "meldingvoorkeuren");
        }
    }
}
