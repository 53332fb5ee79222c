using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ThuiszitterEenOpenPerLeerling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_open_per_leerling",
                table: "thuiszitter",
                column: "leerling_id",
                unique: true,
                filter: "status = 'open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_thuiszitter_open_per_leerling",
                table: "thuiszitter");
        }
    }
}
