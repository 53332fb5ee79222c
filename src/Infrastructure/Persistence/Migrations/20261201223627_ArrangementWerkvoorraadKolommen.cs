using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArrangementWerkvoorraadKolommen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "behandeldeadline",
                table: "arrangement",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "uitvoerder_soort",
                table: "arrangement",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Fill both from what every existing arrangement already holds: the request moment (the target is six weeks
            // after its UTC day, as Arrangement.VraagAan sets it) and the provider's kind as the JSON stores it (by name).
            migrationBuilder.Sql("""
                UPDATE arrangement SET
                    behandeldeadline = (aangevraagd_op AT TIME ZONE 'UTC')::date + 42,
                    uitvoerder_soort = CASE uitvoerder->>'soort'
                        WHEN 'School' THEN 'school' WHEN 'SboSo' THEN 'sbo-so' WHEN 'Expert' THEN 'expert' WHEN 'Oba' THEN 'oba' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "behandeldeadline",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "uitvoerder_soort",
                table: "arrangement");
        }
    }
}
