using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ExporteerAanbieders;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

/// <summary>
/// The columns of an aanbieders export: what the list shows (code, naam, cluster, the expertises by name) with the
/// dates its status is read from and who keeps the entry.
/// </summary>
internal static class AanbiederTabel
{
    public static Tabel<GeexporteerdeAanbiederDto> Tabel { get; } = new("aanbieders",
    [
        new("Code", a => Cel.AlsTekst(a.Aanbieder.Code)),
        new("Naam", a => Cel.AlsTekst(a.Aanbieder.Naam)),
        new("Internationale naam", a => Cel.AlsTekst(a.Aanbieder.InternationaleNaam)),
        new("Cluster", a => Cel.AlsGetal(a.Aanbieder.Erkenning.Cluster)),
        new("Expertises", a => Cel.AlsTekst(string.Join(", ", a.Expertises))),
        new("In bedrijf vanaf", a => Cel.AlsDatum(a.Aanbieder.Inbedrijfdatum)),
        new("Laatste dag in bedrijf", a => Cel.AlsDatum(a.Aanbieder.Uitbedrijfdatum)),
        new("Beheerd door", a => Cel.AlsTekst(a.Aanbieder.Eigenaar ?? "Landelijk register")),
    ]);
}
