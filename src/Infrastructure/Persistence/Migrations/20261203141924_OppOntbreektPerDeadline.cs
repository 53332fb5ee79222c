using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OppOntbreektPerDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "OPP ontbreekt" in the werkvoorraad (OppPlicht): the running arrangementen of a samenwerkingsverband in the
            // order of the plan's deadline, six weeks after the start (the expression EF writes for OppPlicht.Deadline,
            // so PostgreSQL matches it), then the id. A page reads them in order and stops at the limit instead of
            // sorting every running arrangement; the pupil and vestiging alongside make the count an index-only scan.
            // An expression index, which EF's model cannot state: the model does not know it, as the beoogde vestiging's.
            migrationBuilder.Sql(
                "CREATE INDEX ix_arrangement_opp_ontbreekt ON arrangement (samenwerkingsverband, (COALESCE(startdatum, ingangsdatum) + 42), id) " +
                "INCLUDE (leerling_id, vestiging) WHERE status = 'actief';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_arrangement_opp_ontbreekt;");
        }
    }
}
