using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WerkvoorraadPerStatusEnDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_arrangement_samenwerkingsverband_status",
                table: "arrangement");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_status_behandeldeadline_id",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "status", "behandeldeadline", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_arrangement_samenwerkingsverband_status_behandeldeadline_id",
                table: "arrangement");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_samenwerkingsverband_status",
                table: "arrangement",
                columns: new[] { "samenwerkingsverband", "status" });
        }
    }
}
