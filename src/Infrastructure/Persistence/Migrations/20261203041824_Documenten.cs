using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Documenten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    samenwerkingsverband = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    leerling_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bestandsnaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    soort = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    grootte = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    herkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    dossierimport_id = table.Column<Guid>(type: "uuid", nullable: true),
                    arrangement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    toelaatbaarheidsverklaring_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ontwikkelingsperspectiefplan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ontvangen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ontvangen_door = table.Column<string>(type: "jsonb", nullable: false),
                    versie = table.Column<long>(type: "bigint", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document", x => x.id);
                    table.CheckConstraint("ck_document_hoogstens_een_zaak", "num_nonnulls(arrangement_id, toelaatbaarheidsverklaring_id, ontwikkelingsperspectiefplan_id) <= 1");
                    table.ForeignKey(
                        name: "fk_document_leerlingen_leerling_id",
                        column: x => x.leerling_id,
                        principalTable: "leerling",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_inhoud",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inhoud = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_inhoud", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_document_inhoud_document_document_id",
                        column: x => x.document_id,
                        principalTable: "document",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_arrangement_id",
                table: "document",
                column: "arrangement_id",
                filter: "arrangement_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_document_dossierimport_id",
                table: "document",
                column: "dossierimport_id",
                filter: "dossierimport_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_document_leerling_id_ontvangen",
                table: "document",
                columns: new[] { "leerling_id", "ontvangen" });

            migrationBuilder.CreateIndex(
                name: "ix_document_ontwikkelingsperspectiefplan_id",
                table: "document",
                column: "ontwikkelingsperspectiefplan_id",
                filter: "ontwikkelingsperspectiefplan_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_document_toelaatbaarheidsverklaring_id",
                table: "document",
                column: "toelaatbaarheidsverklaring_id",
                filter: "toelaatbaarheidsverklaring_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_document_versie",
                table: "document",
                column: "versie",
                unique: true);

            // Documents are mostly compressed already (PDF, JPEG, PNG, the zip of DOCX and ODT): kept out of line
            // without a second, useless compression.
            migrationBuilder.Sql("ALTER TABLE document_inhoud ALTER COLUMN inhoud SET STORAGE EXTERNAL;");

            // The store numbers every save, as for the other aggregates: concurrency token and ETag.
            Basis.Wijzigingsnummer(migrationBuilder, "document", [("document", "INSERT OR UPDATE")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_inhoud");

            migrationBuilder.DropTable(
                name: "document");
            migrationBuilder.Sql("DROP FUNCTION document_wijziging_nummer(); DROP SEQUENCE document_wijziging;");
        }
    }
}
