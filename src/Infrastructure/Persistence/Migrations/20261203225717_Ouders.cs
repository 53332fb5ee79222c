using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Ouders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vertegenwoordiging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ouder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ouder_naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    vastgelegd_door = table.Column<string>(type: "jsonb", nullable: false),
                    vastgelegd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    beeindigd_door = table.Column<string>(type: "jsonb", nullable: true),
                    beeindigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vertegenwoordiging", x => x.id);
                    table.ForeignKey(
                        name: "fk_vertegenwoordiging_leerling_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vertegenwoordiging_leerling_id",
                table: "vertegenwoordiging",
                column: "leerling_id");

            migrationBuilder.CreateIndex(
                name: "ix_vertegenwoordiging_ouder_id_leerling_id",
                table: "vertegenwoordiging",
                columns: new[] { "ouder_id", "leerling_id" },
                unique: true,
                filter: "beeindigd_op IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vertegenwoordiging");
        }
    }
}
