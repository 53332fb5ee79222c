using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Termijnen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "termijn",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    zaak = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    zaak_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    signaal_op = table.Column<DateOnly>(type: "date", nullable: false),
                    fase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    geopend_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    nadert_gemeld_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verlopen_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gehaald_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_termijn", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_termijn_lopend_signaal",
                table: "termijn",
                column: "signaal_op",
                filter: "fase = 'lopend'");

            migrationBuilder.CreateIndex(
                name: "ix_termijn_open_per_zaak",
                table: "termijn",
                columns: new[] { "zaak_id", "soort" },
                filter: "fase <> 'gehaald'");

            migrationBuilder.CreateIndex(
                name: "ix_termijn_open_uiterlijk",
                table: "termijn",
                column: "uiterlijk",
                filter: "fase IN ('lopend', 'nadert')");

            migrationBuilder.CreateIndex(
                name: "ix_termijn_run",
                table: "termijn",
                columns: new[] { "zaak_id", "soort", "vanaf" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "termijn");
        }
    }
}
