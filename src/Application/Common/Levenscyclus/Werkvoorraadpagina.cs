using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>Where a page of a werkvoorraad ends: the last line's deadline, its aggregate's id and the code of its role.</summary>
internal sealed record Werkvoorraadpositie(DateOnly Deadline, Guid Id, string Voor);

/// <summary>One line of a werkvoorraad page: the workflow's row, with the deadline and id the page is ordered by.</summary>
internal sealed record WerkvoorraadRij<TRij>(DateOnly Deadline, Guid Id, TRij Rij)
{
    public string Actie { get; init; } = "";

    public Rol Voor { get; init; }

    /// <summary>Where the next page starts when this is the last line of a page.</summary>
    public Werkvoorraadpositie Positie => new(Deadline, Id, Voor.Code());
}

/// <param name="Totaal">The lines of every page.</param>
/// <param name="Meer">More lines follow this page.</param>
internal sealed record Werkvoorraadpagina<TRij>(IReadOnlyList<WerkvoorraadRij<TRij>> Regels, int Totaal, bool Meer);
