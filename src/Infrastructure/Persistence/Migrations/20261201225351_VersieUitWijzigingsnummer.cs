using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VersieUitWijzigingsnummer : Migration
    {
        private static readonly string[] Tabellen = ["samenwerkingsverband", "school", "leerling"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Until now these used PostgreSQL's xmin, a system column that needs no migration; the tool scaffolds a
            // rename of it, which PostgreSQL refuses. The version becomes a real column numbered by the store.
            foreach (var tabel in Tabellen)
            {
                migrationBuilder.AddColumn<long>(
                    name: "versie",
                    table: tabel,
                    type: "bigint",
                    rowVersion: true,
                    nullable: false,
                    defaultValue: 0L);
            }

            // The same rule as for aanbieders and arrangementen: one change sequence per aggregate, numbers taken in
            // commit order under a transaction-scoped advisory lock, set by a trigger on every insert and update.
            // The final UPDATE numbers the rows that are already there.
            foreach (var tabel in Tabellen)
            {
                migrationBuilder.Sql($"""
                    CREATE SEQUENCE {tabel}_wijziging AS bigint;
                    CREATE FUNCTION {tabel}_wijziging_nummer() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_advisory_xact_lock(hashtext('{tabel}_wijziging'));
                        NEW.versie := nextval('{tabel}_wijziging');
                        RETURN NEW;
                    END $$;
                    CREATE TRIGGER {tabel}_versie BEFORE INSERT OR UPDATE ON {tabel}
                        FOR EACH ROW EXECUTE FUNCTION {tabel}_wijziging_nummer();
                    UPDATE {tabel} SET versie = 0;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var tabel in Tabellen)
            {
                migrationBuilder.Sql($"DROP TRIGGER {tabel}_versie ON {tabel}; DROP FUNCTION {tabel}_wijziging_nummer(); DROP SEQUENCE {tabel}_wijziging;");
                migrationBuilder.DropColumn(name: "versie", table: tabel);
            }
        }
    }
}
