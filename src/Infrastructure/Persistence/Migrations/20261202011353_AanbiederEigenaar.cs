using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AanbiederEigenaar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "eigenaar",
                table: "onderwijsbegeleidingsaanbieder",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            // Existing entries get the owner the audit log proves: the samenwerkingsverband of the swv-beheerder whose
            // registration was recorded (before this migration only that role could register, and every successful
            // registration was audited in its own transaction). The newest record counts, for a code that was removed
            // and registered again. Without such a record (demo data, loaded without a use case) an entry stays
            // national: only register-beheerders change it, which errs on the safe side. The update passes the
            // versioning trigger, so the new owner reaches LAS systems through the change feed.
            migrationBuilder.Sql("""
                UPDATE onderwijsbegeleidingsaanbieder AS o
                SET eigenaar = r.samenwerkingsverband, gewijzigd_op = now()
                FROM (
                    SELECT DISTINCT ON (resource_id) resource_id, samenwerkingsverband
                    FROM audit_regel
                    WHERE resource_soort = 'onderwijsbegeleidingsaanbieder' AND actie = 'aanmaken'
                    ORDER BY resource_id, op DESC, id DESC
                ) AS r
                WHERE r.resource_id = o.code AND r.samenwerkingsverband ~ '^(PO|VO)[0-9]{4}$';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "eigenaar",
                table: "onderwijsbegeleidingsaanbieder");
        }
    }
}
