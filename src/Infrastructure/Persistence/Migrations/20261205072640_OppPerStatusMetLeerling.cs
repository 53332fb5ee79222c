using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OppPerStatusMetLeerling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan");

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "leerling_id", "vestiging" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan");

            migrationBuilder.CreateIndex(
                name: "ix_ontwikkelingsperspectiefplan_samenwerkingsverband_status",
                table: "ontwikkelingsperspectiefplan",
                columns: new[] { "samenwerkingsverband", "status" });
        }
    }
}
