using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExpertBetrokkenheid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "uitvoerder_expert_id",
                table: "arrangement",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "betrokkene",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    reden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    tot = table.Column<DateOnly>(type: "date", nullable: false),
                    toegevoegd_door = table.Column<string>(type: "jsonb", nullable: false),
                    toegevoegd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    beeindigd_door = table.Column<string>(type: "jsonb", nullable: true),
                    beeindigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_betrokkene", x => x.id);
                    table.ForeignKey(
                        name: "fk_betrokkene_leerlingen_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_uitvoerder_expert_id",
                table: "arrangement",
                column: "uitvoerder_expert_id",
                filter: "uitvoerder_expert_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_betrokkene_expert_id_leerling_id",
                table: "betrokkene",
                columns: new[] { "expert_id", "leerling_id" });

            migrationBuilder.CreateIndex(
                name: "ix_betrokkene_leerling_id",
                table: "betrokkene",
                column: "leerling_id");

            // Every way an expert is involved with a pupil, read by the DbContext's visibility filters (need to know):
            // a betrokkene that was not ended early, until its last day; and an open arrangement that names the
            // expert's account as provider. UNION ALL lets PostgreSQL push the filter's pupil and expert into both
            // halves, each served by its own index.
            migrationBuilder.Sql("""
                CREATE VIEW expert_betrokkenheid AS
                    SELECT leerling_id, expert_id, tot
                      FROM betrokkene
                     WHERE beeindigd_op IS NULL
                    UNION ALL
                    SELECT leerling_id, uitvoerder_expert_id, NULL::date
                      FROM arrangement
                     WHERE uitvoerder_expert_id IS NOT NULL AND status NOT IN ('afgewezen', 'beeindigd');
                """);

            // Until now an expert provider was a name only. An open arrangement whose name is exactly (ignoring case and
            // spaces around it) the name of one active expert account of its SWV is linked to that account, so the
            // expert keeps seeing the pupils they work with; any other name links to nobody, and SWV staff add the
            // expert as betrokkene where needed.
            migrationBuilder.Sql("""
                WITH koppeling AS (
                    SELECT a.id, min(g.id::text)::uuid AS expert_id
                      FROM arrangement a
                      JOIN gebruiker g
                        ON g.samenwerkingsverband = a.samenwerkingsverband AND g.rol = 'expert' AND g.actief
                       AND lower(btrim(g.naam)) = lower(btrim(a.uitvoerder->>'naam'))
                     WHERE a.uitvoerder_soort = 'expert' AND a.status NOT IN ('afgewezen', 'beeindigd')
                     GROUP BY a.id
                    HAVING count(*) = 1)
                UPDATE arrangement a
                   SET uitvoerder_expert_id = k.expert_id,
                       uitvoerder = jsonb_set(a.uitvoerder, '{expertId}', to_jsonb(k.expert_id::text))
                  FROM koppeling k
                 WHERE a.id = k.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW expert_betrokkenheid;");

            migrationBuilder.DropTable(
                name: "betrokkene");

            migrationBuilder.DropIndex(
                name: "ix_arrangement_uitvoerder_expert_id",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "uitvoerder_expert_id",
                table: "arrangement");
        }
    }
}
