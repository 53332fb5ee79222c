using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EersteExpertiseWaardelijst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expertise_waardelijst",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    geldig_vanaf_beginjaar = table.Column<int>(type: "integer", nullable: false),
                    bron = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    gepubliceerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertise_waardelijst", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "expertise",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    waardelijst_id = table.Column<Guid>(type: "uuid", nullable: false),
                    omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expertise", x => new { x.waardelijst_id, x.code });
                    table.ForeignKey(
                        name: "fk_expertise_expertise_waardelijst_waardelijst_id",
                        column: x => x.waardelijst_id,
                        principalTable: "expertise_waardelijst",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_expertise_waardelijst_geldig_vanaf_beginjaar",
                table: "expertise_waardelijst",
                column: "geldig_vanaf_beginjaar",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expertise");

            migrationBuilder.DropTable(
                name: "expertise_waardelijst");
        }
    }
}
