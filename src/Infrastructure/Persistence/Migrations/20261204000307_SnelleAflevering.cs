using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SnelleAflevering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Wakes the outbox and webhook loops (Wekdienst LISTENs): NOTIFY on the table's own channel, once per
            // statement, inside the writing transaction, so it is delivered on commit only (a rollback wakes nobody)
            // and PostgreSQL folds the same notification of one transaction into one.
            migrationBuilder.Sql("""
                CREATE FUNCTION wek_achtergrondlus() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify(TG_TABLE_NAME, '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER outbox_bericht_wek AFTER INSERT ON outbox_bericht
                    FOR EACH STATEMENT EXECUTE FUNCTION wek_achtergrondlus();
                CREATE TRIGGER webhook_aflevering_wek AFTER INSERT ON webhook_aflevering
                    FOR EACH STATEMENT EXECUTE FUNCTION wek_achtergrondlus();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER webhook_aflevering_wek ON webhook_aflevering;
                DROP TRIGGER outbox_bericht_wek ON outbox_bericht;
                DROP FUNCTION wek_achtergrondlus();
                """);
        }
    }
}
