using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PassendOnderwijs.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Writes of different samenwerkingsverbanden no longer wait for each other on one change-number lock per table.
    /// The lock (held until commit) makes a reader that saw change N have seen every change up to N; every feed and
    /// list of these tables reads within one samenwerkingsverband (the DbContext's tenant filter), so commit order is
    /// needed within a tenant only. The numbers still come from one sequence per table, so they stay unique and a
    /// token from one tenant still compares with the highest number overall. The register of aanbieders (national),
    /// the samenwerkingsverbanden themselves and their beleid keep one lock.
    /// </summary>
    public partial class WijzigingsnummerPerSamenwerkingsverband : Migration
    {
        private static readonly string[] PerSamenwerkingsverband =
        [
            "arrangement", "leerling", "school", "deskundige", "toelaatbaarheidsverklaring", "ontwikkelingsperspectiefplan", "document", "dossierimport",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var reeks in PerSamenwerkingsverband)
            {
                Basis.Nummerfunctie(migrationBuilder, reeks, perSamenwerkingsverband: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var reeks in PerSamenwerkingsverband)
            {
                Basis.Nummerfunctie(migrationBuilder, reeks, perSamenwerkingsverband: false);
            }
        }
    }
}
