using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeerlingaantallenEnDrempel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "leerlingaantal",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    teldatum = table.Column<DateOnly>(type: "date", nullable: false),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    aantal = table.Column<int>(type: "integer", nullable: false),
                    gewijzigd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    gewijzigd_door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leerlingaantal", x => x.id);
                    table.ForeignKey(
                        name: "fk_leerlingaantal_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_leerlingaantal_samenwerkingsverband_teldatum_vestiging",
                table: "leerlingaantal",
                columns: new[] { "samenwerkingsverband", "teldatum", "vestiging" },
                unique: true);

            // The version is a change number like every aggregate's, each tenant on its own lock (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "leerlingaantal", [("leerlingaantal", "INSERT OR UPDATE")]);
            Basis.Nummerfunctie(migrationBuilder, "leerlingaantal", perSamenwerkingsverband: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER leerlingaantal_versie ON leerlingaantal; DROP FUNCTION leerlingaantal_wijziging_nummer(); DROP SEQUENCE leerlingaantal_wijziging;");
            migrationBuilder.DropTable(
                name: "leerlingaantal");
        }
    }
}
