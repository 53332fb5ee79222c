using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>Who, of the people around a case, a notification goes to.</summary>
public enum Ontvangers
{
    /// <summary>The person who made the request.</summary>
    Aanvrager,

    /// <summary>SWV staff who did something in the case's history (took it in behandeling, asked, decided).</summary>
    Behandelaars,

    /// <summary>
    /// SWV staff who worked on the case; while nobody has yet, every swv-medewerker of the samenwerkingsverband, so a
    /// term that nobody picked up still reaches someone who can act.
    /// </summary>
    BehandelaarsOfSwvMedewerkers,

    /// <summary>The requester and the school staff of the case's vestiging: the school acts.</summary>
    School,

    /// <summary>The deskundigen asked to advise on a TLV.</summary>
    Adviseurs,

    /// <summary>The samenwerkingsverband's beheerders (koppelingen).</summary>
    Beheerders,
}

/// <summary>One line of a routing table: to whom, what kind, which sentence.</summary>
/// <param name="Tekst">One plain-Dutch sentence without pupil data: it is written from the kind of event alone.</param>
public sealed record Meldingroute(Ontvangers Wie, Meldingsoort Soort, string Tekst);

/// <summary>A person who appears in a case (its requester, its history, its advisers), with the role of their account.</summary>
public sealed record Deelnemer(Guid Id, Rol Rol);

/// <summary>
/// The people around one case, as the application found them, and who caused the event. <see cref="Kies"/> turns a
/// route into recipients: never the person who caused the event, each person once, and only accounts (a LAS client
/// in the history is no person).
/// </summary>
public sealed record Zaakbetrokkenen(
    Guid? Aanvrager,
    IReadOnlyList<Deelnemer> Geschiedenis,
    IReadOnlyList<Guid> Adviseurs,
    IReadOnlyList<Guid> SchoolVanDeZaak,
    IReadOnlyList<Guid> SwvMedewerkers,
    IReadOnlyList<Guid> Beheerders,
    Guid? Veroorzaker)
{
    public static Zaakbetrokkenen Geen { get; } = new(null, [], [], [], [], [], null);

    public IReadOnlyList<Guid> Kies(Ontvangers wie)
    {
        IEnumerable<Guid> gekozen = wie switch
        {
            Ontvangers.Aanvrager => Aanvrager is { } a ? [a] : [],
            Ontvangers.Behandelaars => Behandelaars,
            Ontvangers.BehandelaarsOfSwvMedewerkers => Behandelaars.Count > 0 ? Behandelaars : SwvMedewerkers,
            Ontvangers.School => Aanvrager is { } a ? [a, .. SchoolVanDeZaak] : SchoolVanDeZaak,
            Ontvangers.Adviseurs => Adviseurs,
            Ontvangers.Beheerders => Beheerders,
            _ => throw new ArgumentOutOfRangeException(nameof(wie), wie, null),
        };
        return [.. gekozen.Where(id => id != Veroorzaker).Distinct()];
    }

    /// <summary>SWV staff in the history, except the requester (who gets the requester's notification instead).</summary>
    private List<Guid> Behandelaars =>
        [.. Geschiedenis.Where(d => d.Rol is Rol.SwvMedewerker or Rol.SwvBeheerder && d.Id != Aanvrager).Select(d => d.Id).Distinct()];
}
