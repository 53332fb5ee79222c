using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExterneIdentiteit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "extern_onderwerp",
                table: "gebruiker",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extern_uitgever",
                table: "gebruiker",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_gebruiker_extern_uitgever_extern_onderwerp",
                table: "gebruiker",
                columns: new[] { "extern_uitgever", "extern_onderwerp" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_gebruiker_extern_uitgever_extern_onderwerp",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "extern_onderwerp",
                table: "gebruiker");

            migrationBuilder.DropColumn(
                name: "extern_uitgever",
                table: "gebruiker");
        }
    }
}
