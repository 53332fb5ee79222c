using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>
/// Where a page of a werkvoorraad ends: the last line's deadline, the id of the case it is about, the code of its role
/// and its action. The action orders two lines of one case for one role due the same day (an OPP that waits for the
/// ouders' instemming and for its evaluation).
/// </summary>
internal sealed record Werkvoorraadpositie(DateOnly Deadline, Guid Id, string Voor, string Actie)
{
    /// <summary>
    /// Whether the lines of this role and action come after the position's on the same deadline and id; then a line
    /// of the same case is still to come, otherwise only later ids are.
    /// </summary>
    public bool LijnKomtNa(Rol voor, string actie)
    {
        var rol = string.CompareOrdinal(voor.Code(), Voor);
        return rol > 0 || (rol == 0 && string.CompareOrdinal(actie, Actie) > 0);
    }
}

/// <summary>One line of a werkvoorraad page: the workflow's row, with the deadline and id the page is ordered by.</summary>
internal sealed record WerkvoorraadRij<TRij>(DateOnly Deadline, Guid Id, TRij Rij)
{
    public string Actie { get; init; } = "";

    public Rol Voor { get; init; }

    /// <summary>Where the next page starts when this is the last line of a page.</summary>
    public Werkvoorraadpositie Positie => new(Deadline, Id, Voor.Code(), Actie);
}

/// <param name="Totaal">The lines of every page.</param>
/// <param name="Meer">More lines follow this page.</param>
internal sealed record Werkvoorraadpagina<TRij>(IReadOnlyList<WerkvoorraadRij<TRij>> Regels, int Totaal, bool Meer)
{
    /// <summary>Where the next page starts; null on the last page.</summary>
    public Werkvoorraadpositie? Volgende => Meer ? Regels[^1].Positie : null;

    /// <summary>
    /// The first <paramref name="aantal"/> of <paramref name="gevonden"/> in the werkvoorraad's order (deadline, id, role,
    /// action). Each line read at most <paramref name="aantal"/> + 1 rows after the position in that order, so the first
    /// <paramref name="aantal"/> of them together are the page, and more follow when any row is left.
    /// </summary>
    public static Werkvoorraadpagina<TRij> Van(IEnumerable<WerkvoorraadRij<TRij>> gevonden, int totaal, int aantal)
    {
        var geordend = gevonden
            .OrderBy(r => r.Deadline)
            .ThenBy(r => r.Id)
            .ThenBy(r => r.Voor.Code(), StringComparer.Ordinal)
            .ThenBy(r => r.Actie, StringComparer.Ordinal)
            .ToList();
        return new Werkvoorraadpagina<TRij>(geordend.Take(aantal).ToList(), totaal, geordend.Count > aantal);
    }
}
