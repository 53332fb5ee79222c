using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BeleidsinformatieIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_termijn_soort_uiterlijk",
                table: "termijn",
                columns: new[] { "samenwerkingsverband", "soort", "uiterlijk" })
                .Annotation("Npgsql:IndexInclude", new[] { "vestiging", "vanaf", "gehaald_op" });

            migrationBuilder.CreateIndex(
                name: "ix_termijn_soort_vanaf",
                table: "termijn",
                columns: new[] { "samenwerkingsverband", "soort", "vanaf" })
                .Annotation("Npgsql:IndexInclude", new[] { "vestiging", "uiterlijk", "gehaald_op" });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_aangevraagd_op",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "aangevraagd_op" })
                .Annotation("Npgsql:IndexInclude", new[] { "vestiging", "soort", "status", "uren", "budget" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_termijn_soort_uiterlijk",
                table: "termijn");

            migrationBuilder.DropIndex(
                name: "ix_termijn_soort_vanaf",
                table: "termijn");

            migrationBuilder.DropIndex(
                name: "ix_arrangement_aangevraagd_op",
                table: "arrangement");
        }
    }
}
