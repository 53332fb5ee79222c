using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MijnAanvragenEnLaatsteEvaluatie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "aangevraagd_door",
                table: "arrangement",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "laatst_geevalueerd_op",
                table: "arrangement",
                type: "date",
                nullable: true);

            // Existing arrangements: the requester is whoever wrote the first event of the history, the last evaluation the
            // last one recorded. Derived from what is stored, so no change number is taken: the trigger is off meanwhile
            // and a LAS's change feed does not list every arrangement again.
            migrationBuilder.Sql("""
                ALTER TABLE arrangement DISABLE TRIGGER arrangement_versie;
                UPDATE arrangement SET
                    aangevraagd_door = coalesce(gebeurtenissen -> 0 -> 'door' ->> 'id', ''),
                    laatst_geevalueerd_op = (evaluaties -> -1 ->> 'datum')::date;
                ALTER TABLE arrangement ENABLE TRIGGER arrangement_versie;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_aangevraagd_door",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "aangevraagd_door" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_arrangement_samenwerkingsverband_aangevraagd_door",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "aangevraagd_door",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "laatst_geevalueerd_op",
                table: "arrangement");
        }
    }
}
