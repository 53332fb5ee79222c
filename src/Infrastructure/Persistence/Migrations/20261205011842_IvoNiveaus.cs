using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IvoNiveaus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "expertises",
                table: "leerling",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "postcodegebied",
                table: "leerling",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_aandacht_en_tijd_niveau",
                table: "toelaatbaarheidsverklaring",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_expertise_niveau",
                table: "toelaatbaarheidsverklaring",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_onderwijsmaterialen_niveau",
                table: "toelaatbaarheidsverklaring",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_ruimtelijke_omgeving_niveau",
                table: "toelaatbaarheidsverklaring",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_samenwerking_niveau",
                table: "toelaatbaarheidsverklaring",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "sop_aandacht_en_tijd_niveau",
                table: "school",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "sop_expertise_niveau",
                table: "school",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "sop_onderwijsmaterialen_niveau",
                table: "school",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "sop_ruimtelijke_omgeving_niveau",
                table: "school",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "sop_samenwerking_niveau",
                table: "school",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_aandacht_en_tijd_niveau",
                table: "leerling",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_expertise_niveau",
                table: "leerling",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_onderwijsmaterialen_niveau",
                table: "leerling",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_ruimtelijke_omgeving_niveau",
                table: "leerling",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "onderwijsbehoefte_samenwerking_niveau",
                table: "leerling",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "inhoud_aandacht_en_tijd_niveau",
                table: "arrangement",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "inhoud_expertise_niveau",
                table: "arrangement",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "inhoud_onderwijsmaterialen_niveau",
                table: "arrangement",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "inhoud_ruimtelijke_omgeving_niveau",
                table: "arrangement",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "inhoud_samenwerking_niveau",
                table: "arrangement",
                type: "smallint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "expertises",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "postcodegebied",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_aandacht_en_tijd_niveau",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_expertise_niveau",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_onderwijsmaterialen_niveau",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_ruimtelijke_omgeving_niveau",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_samenwerking_niveau",
                table: "toelaatbaarheidsverklaring");

            migrationBuilder.DropColumn(
                name: "sop_aandacht_en_tijd_niveau",
                table: "school");

            migrationBuilder.DropColumn(
                name: "sop_expertise_niveau",
                table: "school");

            migrationBuilder.DropColumn(
                name: "sop_onderwijsmaterialen_niveau",
                table: "school");

            migrationBuilder.DropColumn(
                name: "sop_ruimtelijke_omgeving_niveau",
                table: "school");

            migrationBuilder.DropColumn(
                name: "sop_samenwerking_niveau",
                table: "school");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_aandacht_en_tijd_niveau",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_expertise_niveau",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_onderwijsmaterialen_niveau",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_ruimtelijke_omgeving_niveau",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "onderwijsbehoefte_samenwerking_niveau",
                table: "leerling");

            migrationBuilder.DropColumn(
                name: "inhoud_aandacht_en_tijd_niveau",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "inhoud_expertise_niveau",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "inhoud_onderwijsmaterialen_niveau",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "inhoud_ruimtelijke_omgeving_niveau",
                table: "arrangement");

            migrationBuilder.DropColumn(
                name: "inhoud_samenwerking_niveau",
                table: "arrangement");
        }
    }
}
