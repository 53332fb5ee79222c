using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Synctokensleutels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "synctokensleutel",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    materiaal = table.Column<byte[]>(type: "bytea", nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_synctokensleutel", x => x.id);
                    table.CheckConstraint("ck_synctokensleutel_materiaal", "length(materiaal) = 32");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "synctokensleutel");
        }
    }
}
