using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlleenToevoegenRechten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log's triggers refuse UPDATE, DELETE and TRUNCATE; the rights say the same, so a role that does
            // not own the table is refused before any trigger runs. The rule is keyed on that trigger, not on a table
            // name, and takes back whatever was granted (the owner's default privileges give every new table full row
            // rights): a later append-only table, or the audit table made anew, is covered by calling it again.
            // DatabaseMigrator calls it after every migration run and scripts/database-rollen.sql after its grants, so
            // it also holds when a later migration forgets to.
            migrationBuilder.Sql("""
                CREATE FUNCTION alleen_toevoegen_rechten() RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    recht record;
                BEGIN
                    FOR recht IN
                        SELECT DISTINCT c.oid::regclass AS tabel,
                               CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END AS rol
                        FROM pg_class c
                        CROSS JOIN LATERAL aclexplode(c.relacl) g
                        WHERE g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                          AND g.grantee <> c.relowner
                          AND EXISTS (SELECT 1 FROM pg_trigger t
                                      WHERE t.tgrelid = c.oid AND t.tgfoid = 'audit_regel_onveranderlijk'::regproc)
                    LOOP
                        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %s', recht.tabel, recht.rol);
                    END LOOP;
                END;
                $$;
                SELECT alleen_toevoegen_rechten();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION alleen_toevoegen_rechten();");
        }
    }
}
