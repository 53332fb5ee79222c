using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The register-beheerder became a role of the platform, like the platform-beheerder: its account belongs to no
    /// samenwerkingsverband (it was kept in one before). Its earlier audit records stay where they were written.
    /// </summary>
    public partial class RegisterbeheerderZonderSwv : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE gebruiker SET samenwerkingsverband = NULL WHERE rol = 'register-beheerder';");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // No way back: which samenwerkingsverband kept the account is not recorded, and none is needed.
        }
    }
}
