using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Deskundigen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deskundige",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    discipline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    beroepsregister = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    registratienummer = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    werkgever = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    schoolbestuur_id = table.Column<Guid>(type: "uuid", nullable: true),
                    vestiging = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actief = table.Column<bool>(type: "boolean", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deskundige", x => x.id);
                    table.ForeignKey(
                        name: "fk_deskundige_samenwerkingsverband_samenwerkingsverband",
                        column: x => x.samenwerkingsverband,
                        principalTable: "samenwerkingsverband",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deskundige_school_vestiging",
                        column: x => x.vestiging,
                        principalTable: "school",
                        principalColumn: "vestiging",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deskundige_schoolbestuur_schoolbestuur_id",
                        column: x => x.schoolbestuur_id,
                        principalTable: "schoolbestuur",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_account_id",
                table: "deskundige",
                column: "account_id",
                unique: true,
                filter: "account_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_samenwerkingsverband",
                table: "deskundige",
                column: "samenwerkingsverband");

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_schoolbestuur_id",
                table: "deskundige",
                column: "schoolbestuur_id");

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_vestiging",
                table: "deskundige",
                column: "vestiging");

            // The version is a change number like every aggregate's (see Basis.Wijzigingsnummer).
            Basis.Wijzigingsnummer(migrationBuilder, "deskundige", [("deskundige", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER deskundige_versie ON deskundige; DROP FUNCTION deskundige_wijziging_nummer(); DROP SEQUENCE deskundige_wijziging;");

            migrationBuilder.DropTable(
                name: "deskundige");
        }
    }
}
