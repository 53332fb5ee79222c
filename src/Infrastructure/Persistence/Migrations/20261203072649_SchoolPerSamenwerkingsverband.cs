using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SchoolPerSamenwerkingsverband : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Only keys change, no data: every pupil and deskundige already names the samenwerkingsverband of its
            // school (the domain copies it from the school), so the composite foreign keys hold for every existing row.
            // Should one not, adding its key fails and the whole migration is rolled back (PostgreSQL's DDL is transactional).
            migrationBuilder.DropForeignKey(
                name: "fk_deskundige_school_vestiging",
                table: "deskundige");

            migrationBuilder.DropForeignKey(
                name: "fk_leerling_school_vestiging",
                table: "leerling");

            migrationBuilder.DropPrimaryKey(
                name: "pk_school",
                table: "school");

            migrationBuilder.DropIndex(
                name: "ix_school_samenwerkingsverband",
                table: "school");

            migrationBuilder.DropIndex(
                name: "ix_leerling_vestiging",
                table: "leerling");

            migrationBuilder.DropIndex(
                name: "ix_deskundige_vestiging",
                table: "deskundige");

            migrationBuilder.AddColumn<string>(
                name: "sector",
                table: "school",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true,
                computedColumnSql: "left(samenwerkingsverband, 2)",
                stored: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_school",
                table: "school",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.CreateIndex(
                name: "ix_school_vestiging_sector",
                table: "school",
                columns: new[] { "vestiging", "sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_samenwerkingsverband_vestiging",
                table: "deskundige",
                columns: new[] { "samenwerkingsverband", "vestiging" });

            migrationBuilder.AddForeignKey(
                name: "fk_deskundige_school_samenwerkingsverband_vestiging",
                table: "deskundige",
                columns: new[] { "samenwerkingsverband", "vestiging" },
                principalTable: "school",
                principalColumns: new[] { "samenwerkingsverband", "vestiging" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_leerling_school_samenwerkingsverband_vestiging",
                table: "leerling",
                columns: new[] { "samenwerkingsverband", "vestiging" },
                principalTable: "school",
                principalColumns: new[] { "samenwerkingsverband", "vestiging" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Fails (and changes nothing) once a vestiging is a school in a PO and a VO samenwerkingsverband: the old key
            // cannot hold both.
            migrationBuilder.DropForeignKey(
                name: "fk_deskundige_school_samenwerkingsverband_vestiging",
                table: "deskundige");

            migrationBuilder.DropForeignKey(
                name: "fk_leerling_school_samenwerkingsverband_vestiging",
                table: "leerling");

            migrationBuilder.DropPrimaryKey(
                name: "pk_school",
                table: "school");

            migrationBuilder.DropIndex(
                name: "ix_school_vestiging_sector",
                table: "school");

            migrationBuilder.DropIndex(
                name: "ix_deskundige_samenwerkingsverband_vestiging",
                table: "deskundige");

            migrationBuilder.DropColumn(
                name: "sector",
                table: "school");

            migrationBuilder.AddPrimaryKey(
                name: "pk_school",
                table: "school",
                column: "vestiging");

            migrationBuilder.CreateIndex(
                name: "ix_school_samenwerkingsverband",
                table: "school",
                column: "samenwerkingsverband");

            migrationBuilder.CreateIndex(
                name: "ix_leerling_vestiging",
                table: "leerling",
                column: "vestiging");

            migrationBuilder.CreateIndex(
                name: "ix_deskundige_vestiging",
                table: "deskundige",
                column: "vestiging");

            migrationBuilder.AddForeignKey(
                name: "fk_deskundige_school_vestiging",
                table: "deskundige",
                column: "vestiging",
                principalTable: "school",
                principalColumn: "vestiging",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_leerling_school_vestiging",
                table: "leerling",
                column: "vestiging",
                principalTable: "school",
                principalColumn: "vestiging",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
