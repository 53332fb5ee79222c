using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Tenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "samenwerkingsverband",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "actief");

            migrationBuilder.AlterColumn<string>(
                name: "samenwerkingsverband",
                table: "gebruiker",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(6)",
                oldMaxLength: 6);

            migrationBuilder.CreateIndex(
                name: "ix_audit_regel_samenwerkingsverband_op",
                table: "audit_regel",
                columns: new[] { "samenwerkingsverband", "op" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_regel_samenwerkingsverband_op",
                table: "audit_regel");

            migrationBuilder.DropColumn(
                name: "status",
                table: "samenwerkingsverband");

            migrationBuilder.AlterColumn<string>(
                name: "samenwerkingsverband",
                table: "gebruiker",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(6)",
                oldMaxLength: 6,
                oldNullable: true);
        }
    }
}
