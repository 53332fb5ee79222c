using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WerkvoorraadPortfolio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_expertinzet_samenwerkingsverband_status",
                table: "expertinzet");

            migrationBuilder.AddColumn<DateOnly>(
                name: "beantwoorden_uiterlijk",
                table: "tevredenheidsonderzoek",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "fase_streefdatum",
                table: "expertinzet",
                type: "date",
                nullable: true);

            // Existing rows get the targets the domain would have set (ExpertinzetLevenscyclus.Streefdatum,
            // Tevredenheidsonderzoek.BeantwoordenBinnenDagen). When a phase began is not stored, so an open inzet counts
            // from its last change; realiseren from the plan's last intervention. Derived from what is stored, so no
            // change number is taken: the triggers are off meanwhile.
            migrationBuilder.Sql("""
                ALTER TABLE expertinzet DISABLE TRIGGER expertinzet_versie;
                UPDATE expertinzet SET fase_streefdatum = CASE
                    WHEN status = 'afgesloten' THEN NULL
                    WHEN status = 'realiseren' AND jsonb_array_length(coalesce(plan -> 'interventies', '[]'::jsonb)) > 0
                        THEN (SELECT max((iv ->> 'tot')::date) FROM jsonb_array_elements(plan -> 'interventies') iv)
                    WHEN status IN ('wacht-op-expert', 'evaluatie') THEN (gewijzigd_op AT TIME ZONE 'Europe/Amsterdam')::date + 14
                    ELSE (gewijzigd_op AT TIME ZONE 'Europe/Amsterdam')::date + 28
                END;
                ALTER TABLE expertinzet ENABLE TRIGGER expertinzet_versie;
                ALTER TABLE tevredenheidsonderzoek DISABLE TRIGGER tevredenheidsonderzoek_versie;
                UPDATE tevredenheidsonderzoek SET beantwoorden_uiterlijk = (verstuurd_op AT TIME ZONE 'Europe/Amsterdam')::date + 28;
                ALTER TABLE tevredenheidsonderzoek ENABLE TRIGGER tevredenheidsonderzoek_versie;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_tevredenheidsonderzoek_open_per_deadline",
                table: "tevredenheidsonderzoek",
                columns: new[] { "samenwerkingsverband", "beantwoorden_uiterlijk", "id" },
                filter: "beantwoord_op IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_samenwerkingsverband_status_fase_streefdatum_id",
                table: "expertinzet",
                columns: new[] { "samenwerkingsverband", "status", "fase_streefdatum", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tevredenheidsonderzoek_open_per_deadline",
                table: "tevredenheidsonderzoek");

            migrationBuilder.DropIndex(
                name: "ix_expertinzet_samenwerkingsverband_status_fase_streefdatum_id",
                table: "expertinzet");

            migrationBuilder.DropColumn(
                name: "beantwoorden_uiterlijk",
                table: "tevredenheidsonderzoek");

            migrationBuilder.DropColumn(
                name: "fase_streefdatum",
                table: "expertinzet");

            migrationBuilder.CreateIndex(
                name: "ix_expertinzet_samenwerkingsverband_status",
                table: "expertinzet",
                columns: new[] { "samenwerkingsverband", "status" });
        }
    }
}
