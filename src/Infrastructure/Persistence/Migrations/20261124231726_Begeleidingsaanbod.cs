using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Begeleidingsaanbod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "onderwijsbegeleidingsaanbieder",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    naam = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    internationale_naam = table.Column<string>(type: "character varying(225)", maxLength: 225, nullable: true),
                    inbedrijfdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    uitbedrijfdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    bestuur = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    communicatiecontexten = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erkenning_cluster = table.Column<int>(type: "integer", nullable: false),
                    erkenning_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    erkenning_licenties = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onderwijsbegeleidingsaanbieder", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "verwijderde_aanbieder",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    versie = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    verwijderd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verwijderde_aanbieder", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aangeboden_begeleiding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expertise = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    capaciteit = table.Column<int>(type: "integer", nullable: true),
                    aanbieder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    begindatum = table.Column<DateOnly>(type: "date", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    werkgebied_postcodegebieden = table.Column<string[]>(type: "text[]", nullable: false),
                    werkgebied_samenwerkingsverbanden = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aangeboden_begeleiding", x => x.id);
                    table.ForeignKey(
                        name: "fk_aangeboden_begeleiding_onderwijsbegeleidingsaanbieder_aanbi",
                        column: x => x.aanbieder_id,
                        principalTable: "onderwijsbegeleidingsaanbieder",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_aangeboden_begeleiding_aanbieder_id",
                table: "aangeboden_begeleiding",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "ix_aangeboden_begeleiding_expertise",
                table: "aangeboden_begeleiding",
                column: "expertise");

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_code",
                table: "onderwijsbegeleidingsaanbieder",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_gewijzigd_op",
                table: "onderwijsbegeleidingsaanbieder",
                column: "gewijzigd_op");

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_naam",
                table: "onderwijsbegeleidingsaanbieder",
                column: "naam");

            migrationBuilder.CreateIndex(
                name: "ix_onderwijsbegeleidingsaanbieder_versie",
                table: "onderwijsbegeleidingsaanbieder",
                column: "versie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_verwijderde_aanbieder_versie",
                table: "verwijderde_aanbieder",
                column: "versie",
                unique: true);

            // One change sequence for the whole registry. The transaction-scoped advisory lock makes writers take
            // numbers in commit order, so a reader that has seen number N has seen every change up to N: the
            // change feed can hand out "the highest number I showed you" as a safe resume point.
            migrationBuilder.Sql("""
                CREATE SEQUENCE aanbieder_wijziging AS bigint;
                CREATE FUNCTION aanbieder_wijziging_nummer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('aanbieder_wijziging'));
                    NEW.versie := nextval('aanbieder_wijziging');
                    RETURN NEW;
                END $$;
                CREATE TRIGGER onderwijsbegeleidingsaanbieder_versie BEFORE INSERT OR UPDATE ON onderwijsbegeleidingsaanbieder
                    FOR EACH ROW EXECUTE FUNCTION aanbieder_wijziging_nummer();
                CREATE TRIGGER verwijderde_aanbieder_versie BEFORE INSERT ON verwijderde_aanbieder
                    FOR EACH ROW EXECUTE FUNCTION aanbieder_wijziging_nummer();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_verwijderde_aanbieder_verwijderd_op",
                table: "verwijderde_aanbieder",
                column: "verwijderd_op");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aangeboden_begeleiding");

            migrationBuilder.Sql("DROP TRIGGER verwijderde_aanbieder_versie ON verwijderde_aanbieder; DROP TRIGGER onderwijsbegeleidingsaanbieder_versie ON onderwijsbegeleidingsaanbieder;");

            migrationBuilder.DropTable(
                name: "verwijderde_aanbieder");

            migrationBuilder.DropTable(
                name: "onderwijsbegeleidingsaanbieder");

            migrationBuilder.Sql("DROP FUNCTION aanbieder_wijziging_nummer(); DROP SEQUENCE aanbieder_wijziging;");
        }
    }
}
