using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_regel",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    actor_soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    namens = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actie = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_soort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: true),
                    doel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    herkomst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    trace_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_regel", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_regel_samenwerkingsverband_actor_id",
                table: "audit_regel",
                columns: new[] { "samenwerkingsverband", "actor", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_regel_samenwerkingsverband_leerling_id_id",
                table: "audit_regel",
                columns: new[] { "samenwerkingsverband", "leerling_id", "id" });

            // Append-only in the database itself: no UPDATE, DELETE or TRUNCATE, whatever the application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_regel_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_regel is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_regel_geen_wijziging BEFORE UPDATE OR DELETE ON audit_regel
                    FOR EACH ROW EXECUTE FUNCTION audit_regel_onveranderlijk();
                CREATE TRIGGER audit_regel_geen_truncate BEFORE TRUNCATE ON audit_regel
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_regel_onveranderlijk();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_regel");

            migrationBuilder.Sql("DROP FUNCTION audit_regel_onveranderlijk();");
        }
    }
}
