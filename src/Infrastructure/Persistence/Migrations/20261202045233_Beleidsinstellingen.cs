using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Beleidsinstellingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "beleidsinstellingen",
                columns: table => new
                {
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    versies = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beleidsinstellingen", x => x.samenwerkingsverband);
                });

            migrationBuilder.CreateTable(
                name: "swv_logo",
                columns: table => new
                {
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    mediatype = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    inhoud = table.Column<byte[]>(type: "bytea", nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_swv_logo", x => x.samenwerkingsverband);
                });

            // The settings' version is a change number like every aggregate's (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "beleid", [("beleidsinstellingen", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER beleidsinstellingen_versie ON beleidsinstellingen; DROP FUNCTION beleid_wijziging_nummer(); DROP SEQUENCE beleid_wijziging;");

            migrationBuilder.DropTable(
                name: "beleidsinstellingen");

            migrationBuilder.DropTable(
                name: "swv_logo");
        }
    }
}
