using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OppVisieVanOuders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "visies_van_ouders",
                table: "ontwikkelingsperspectiefplan",
                type: "jsonb",
                nullable: false,
                // Existing plans have no view of the ouders yet: an empty list, valid JSON.
                defaultValueSql: "'[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "visies_van_ouders",
                table: "ontwikkelingsperspectiefplan");
        }
    }
}
