using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// "Who offers this expertise where the pupil lives" (the matching, issue 22) as an index read instead of every line
    /// of the expertise: GIN indexes on the two werkgebied arrays (the query tests them with the overlap operator &&)
    /// and a partial index for the national lines (both arrays empty). Raw SQL: the werkgebied is a complex property, whose
    /// columns the model does not index (nor know these indexes of, so it has no pending change for them).
    /// </summary>
    public partial class WerkgebiedIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_aangeboden_begeleiding_werkgebied_samenwerkingsverbanden ON aangeboden_begeleiding USING gin (werkgebied_samenwerkingsverbanden);
                CREATE INDEX ix_aangeboden_begeleiding_werkgebied_postcodegebieden ON aangeboden_begeleiding USING gin (werkgebied_postcodegebieden);
                CREATE INDEX ix_aangeboden_begeleiding_landelijk ON aangeboden_begeleiding (expertise)
                    WHERE cardinality(werkgebied_samenwerkingsverbanden) = 0 AND cardinality(werkgebied_postcodegebieden) = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_aangeboden_begeleiding_landelijk;
                DROP INDEX ix_aangeboden_begeleiding_werkgebied_postcodegebieden;
                DROP INDEX ix_aangeboden_begeleiding_werkgebied_samenwerkingsverbanden;
                """);
        }
    }
}
