using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeerlingZoeknaam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling");

            migrationBuilder.AddColumn<string>(
                name: "zoeknaam",
                table: "leerling",
                type: "character varying(241)",
                maxLength: 241,
                nullable: true,
                computedColumnSql: "lower(voornaam || ' ' || achternaam)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" })
                .Annotation("Npgsql:IndexInclude", new[] { "zoeknaam" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "zoeknaam",
                table: "leerling");

            migrationBuilder.CreateIndex(
                name: "ix_leerling_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" });
        }
    }
}
