using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Gebruikers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gebruiker",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    rol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    vestigingen = table.Column<string[]>(type: "text[]", nullable: false),
                    wachtwoord_hash = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    mislukte_pogingen = table.Column<int>(type: "integer", nullable: false),
                    geblokkeerd_tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gebruiker", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_email",
                table: "gebruiker",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_samenwerkingsverband",
                table: "gebruiker",
                column: "samenwerkingsverband");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gebruiker");
        }
    }
}
