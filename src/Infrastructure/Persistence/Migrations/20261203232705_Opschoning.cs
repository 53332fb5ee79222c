using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Opschoning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Per samenwerkingsverband the highest change number of the notificaties the clean-up removed: a feed
            // token below it would silently skip what was removed, so the feed answers 410 for it (README, Opschoning).
            // Not in the EF model: only the clean-up (raw SQL) and the feed's check read or write it.
            migrationBuilder.Sql("""
                CREATE TABLE koppeling_notificatie_opschoning (
                    samenwerkingsverband character varying(6) NOT NULL PRIMARY KEY,
                    tot_versie bigint NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE koppeling_notificatie_opschoning;");
        }
    }
}
