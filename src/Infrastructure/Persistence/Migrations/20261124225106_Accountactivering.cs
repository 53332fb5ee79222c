using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Accountactivering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "wachtwoord_hash",
                table: "gebruiker",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<bool>(
                name: "actief",
                table: "gebruiker",
                type: "boolean",
                nullable: false,
                // Accounts that exist before this migration are in use: they stay active.
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "activatie_geldig_tot",
                table: "gebruiker",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "activatiecode_hash",
                table: "gebruiker",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_activatiecode_hash",
                table: "gebruiker",
                column: "activatiecode_hash",
                unique: true,
                filter: "activatiecode_hash IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_gebruiker_activatiecode_hash",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "actief",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "activatie_geldig_tot",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "activatiecode_hash",
                table: "gebruiker");

            migrationBuilder.AlterColumn<string>(
                name: "wachtwoord_hash",
                table: "gebruiker",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);
        }
    }
}
