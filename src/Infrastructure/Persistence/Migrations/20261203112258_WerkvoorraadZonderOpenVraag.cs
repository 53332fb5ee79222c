using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WerkvoorraadZonderOpenVraag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_arrangement_zonder_open_vraag",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "status", "behandeldeadline", "id" },
                filter: "open_vraag IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_arrangement_zonder_open_vraag",
                table: "arrangement");
        }
    }
}
