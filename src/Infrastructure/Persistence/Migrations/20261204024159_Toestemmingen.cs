using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Toestemmingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "externe_aanbieder_code",
                table: "gebruiker",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "externe_organisatie",
                table: "gebruiker",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "toestemming",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ouder_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ouder_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    wijze = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ontvanger_gebruiker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ontvanger_aanbieder_code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    ontvanger_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ontvanger_organisatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    doel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    gegeven_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tot = table.Column<DateOnly>(type: "date", nullable: true),
                    vastgelegd_door = table.Column<string>(type: "jsonb", nullable: false),
                    ingetrokken_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ingetrokken_door = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_toestemming", x => x.id);
                    table.ForeignKey(
                        name: "fk_toestemming_leerling_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_toestemming_leerling_id",
                table: "toestemming",
                column: "leerling_id",
                filter: "ingetrokken_op IS NULL");

            // An external person (an account with an organisation outside the school and the SWV) is involved with a
            // pupil only while an ouder's consent covers them too: the betrokkenheid as before, joined with an active,
            // unwithdrawn consent for their account or their aanbieder, given by an ouder whose link to the child still
            // holds (or recorded from paper by the school). The last day is the earlier of the two (LEAST skips a null,
            // which means "no end"). The SWV's own experts are as before. Every filter on pupils and their cases
            // already reads this view, so no filter changes, and a withdrawal holds on the next query: nothing is cached.
            // UNION ALL of four plain halves (no CTE, which PostgreSQL would materialise) keeps the filter's pupil and
            // expert pushed into each, on their indexes.
            migrationBuilder.Sql("DROP VIEW expert_betrokkenheid;");
            migrationBuilder.Sql("""
                CREATE VIEW expert_betrokkenheid AS
                    SELECT b.leerling_id, b.expert_id, b.tot
                      FROM betrokkene b
                     WHERE b.beeindigd_op IS NULL
                       AND NOT EXISTS (SELECT 1 FROM gebruiker g WHERE g.id = b.expert_id AND g.externe_organisatie IS NOT NULL)
                    UNION ALL
                    SELECT a.leerling_id, a.uitvoerder_expert_id, NULL::date
                      FROM arrangement a
                     WHERE a.uitvoerder_expert_id IS NOT NULL AND a.status NOT IN ('afgewezen', 'beeindigd')
                       AND NOT EXISTS (SELECT 1 FROM gebruiker g WHERE g.id = a.uitvoerder_expert_id AND g.externe_organisatie IS NOT NULL)
                    UNION ALL
                    SELECT b.leerling_id, b.expert_id, LEAST(b.tot, t.tot)
                      FROM betrokkene b
                      JOIN gebruiker g ON g.id = b.expert_id AND g.externe_organisatie IS NOT NULL
                      JOIN toestemming t ON t.leerling_id = b.leerling_id AND t.samenwerkingsverband = b.samenwerkingsverband
                           AND t.ingetrokken_op IS NULL
                           AND (t.ontvanger_gebruiker_id = g.id OR (t.ontvanger_gebruiker_id IS NULL AND t.ontvanger_aanbieder_code = g.externe_aanbieder_code))
                     WHERE b.beeindigd_op IS NULL
                       AND (t.ouder_id IS NULL OR EXISTS (SELECT 1 FROM vertegenwoordiging v
                                                          WHERE v.leerling_id = t.leerling_id AND v.ouder_id = t.ouder_id AND v.beeindigd_op IS NULL))
                    UNION ALL
                    SELECT a.leerling_id, a.uitvoerder_expert_id, t.tot
                      FROM arrangement a
                      JOIN gebruiker g ON g.id = a.uitvoerder_expert_id AND g.externe_organisatie IS NOT NULL
                      JOIN toestemming t ON t.leerling_id = a.leerling_id AND t.samenwerkingsverband = a.samenwerkingsverband
                           AND t.ingetrokken_op IS NULL
                           AND (t.ontvanger_gebruiker_id = g.id OR (t.ontvanger_gebruiker_id IS NULL AND t.ontvanger_aanbieder_code = g.externe_aanbieder_code))
                     WHERE a.status NOT IN ('afgewezen', 'beeindigd')
                       AND (t.ouder_id IS NULL OR EXISTS (SELECT 1 FROM vertegenwoordiging v
                                                          WHERE v.leerling_id = t.leerling_id AND v.ouder_id = t.ouder_id AND v.beeindigd_op IS NULL));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW expert_betrokkenheid;");
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

            migrationBuilder.DropTable(
                name: "toestemming");

            migrationBuilder.DropColumn(
                name: "externe_aanbieder_code",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "externe_organisatie",
                table: "gebruiker");
        }
    }
}
