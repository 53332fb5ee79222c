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
                    versie = table.Column<long>(type: "bigint", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "beleidsinstellingen");

            migrationBuilder.DropTable(
                name: "swv_logo");
        }
    }
}
