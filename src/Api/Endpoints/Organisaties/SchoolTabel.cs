using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Organisaties.Queries.ExporteerScholen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Api.Endpoints.Organisaties;

/// <summary>The columns of a schools export: what the Scholen screen shows, the soort in words and the bestuur by name.</summary>
internal static class SchoolTabel
{
    public static Tabel<GeexporteerdeSchoolDto> Tabel { get; } = new("scholen",
    [
        new("Naam", s => Cel.AlsTekst(s.School.Naam)),
        new("Vestiging", s => Cel.AlsTekst(s.School.Vestiging)),
        new("Soort", s => Cel.AlsTekst(SoortSchoolCodes.Lijst.LabelVan(s.School.Soort))),
        new("Schoolbestuur", s => Cel.AlsTekst(s.SchoolbestuurNaam)),
        new("Bevoegd-gezagnummer", s => Cel.AlsTekst(s.School.Schoolbestuur)),
        new("Regio", s => Cel.AlsTekst(s.School.Regio)),
        new("Lokaal netwerk", s => Cel.AlsTekst(s.School.LokaalNetwerk)),
    ]);
}
