using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Every change of a token entry's status, and every deleted entry, notifies channel openiddict_token_status with
    /// "token-id application-id subject", one notification per row (a revocation of a whole subject or application
    /// updates many rows in one statement). Each API instance listens (TokenStatusLuisteraar) and forgets those tokens
    /// in its cache of token statuses. Notifications are sent on commit only, so a rolled-back revocation says nothing.
    /// The function runs as whoever changes the row (the application role); pg_notify needs no grant.
    /// </summary>
    public partial class TokenStatusMeldingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION openiddict_token_status_gewijzigd() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('openiddict_token_status',
                        OLD.id || ' ' || coalesce(OLD.application_id, '') || ' ' || coalesce(OLD.subject, ''));
                    RETURN NULL;
                END;
                $$;
                CREATE TRIGGER openiddict_token_status_gewijzigd AFTER UPDATE OF status ON openiddict_token
                    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION openiddict_token_status_gewijzigd();
                CREATE TRIGGER openiddict_token_verwijderd AFTER DELETE ON openiddict_token
                    FOR EACH ROW EXECUTE FUNCTION openiddict_token_status_gewijzigd();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER openiddict_token_verwijderd ON openiddict_token;
                DROP TRIGGER openiddict_token_status_gewijzigd ON openiddict_token;
                DROP FUNCTION openiddict_token_status_gewijzigd();
                """);
        }
    }
}
