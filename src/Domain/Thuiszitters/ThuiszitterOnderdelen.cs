using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>The leerplichtambtenaar involved: a name and how to reach them (phone or e-mail, as the gemeente gives it).</summary>
public sealed record Leerplichtambtenaar(string Naam, string? Contact)
{
    public const int MaximaleLengte = 200;
}

/// <summary>
/// The plan and perspective as they stood after one change, with who changed them and when: every version is kept, so
/// the history of the plan is visible.
/// </summary>
public sealed record Planversie(string? Plan, string? Perspectief, Actor Door, DateTimeOffset Op)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>
/// The return to school: the day and where to, either a vestiging in the product (<see cref="Vestiging"/> with its
/// name as it was then) or another destination in words (dagbesteding, zorginstelling).
/// </summary>
public sealed record Terugkeer(DateOnly Datum, string? Vestiging, string? VestigingNaam, string? AndereBestemming, string? Toelichting, Actor Door, DateTimeOffset Op)
{
    public const int MaximaleLengte = 200;

    public string Bestemming => VestigingNaam ?? AndereBestemming ?? string.Empty;
}

/// <summary>An entry closed without a return to school (e.g. the family moved away).</summary>
public sealed record Beeindiging(DateOnly Datum, Beeindigingsreden Reden, string? Toelichting, Actor Door, DateTimeOffset Op);

/// <summary>What a school or the SWV registers, before it is checked.</summary>
/// <param name="Soort">Absoluut verzuim, langdurig relatief verzuim, or a vrijstelling.</param>
/// <param name="VerzuimSinds">The first day of the absence (or of the vrijstelling).</param>
/// <param name="Reden">Why the child is at home; only for a thuiszitter.</param>
/// <param name="Grond">The article the vrijstelling rests on; only for a vrijstelling.</param>
public sealed record Thuiszittermelding(
    Verzuimsoort Soort,
    DateOnly? VerzuimSinds,
    Thuiszitreden? Reden,
    Vrijstellingsgrond? Grond,
    string? Gemeente,
    string? LeerplichtambtenaarNaam,
    string? LeerplichtambtenaarContact,
    string? Plan,
    string? Perspectief);

/// <summary>The part of an entry the SWV keeps up to date while the child is at home.</summary>
public sealed record Thuiszitterplan(
    string? Gemeente, string? LeerplichtambtenaarNaam, string? LeerplichtambtenaarContact, string? Plan, string? Perspectief)
{
    /// <summary>Every problem with the texts at once; the fields as the API names them.</summary>
    public IReadOnlyList<Fout> Controleer()
    {
        var fouten = new List<Fout>();
        fouten.AddRange(Tekst.Verplicht(Gemeente, Thuiszitter.MaximaleLengteGemeente, "gemeente", "gemeente-vereist", "Noem de gemeente van de leerplichtambtenaar.").Fouten);
        fouten.AddRange(Tekst.Optioneel(LeerplichtambtenaarNaam, Leerplichtambtenaar.MaximaleLengte, "leerplichtambtenaarNaam").Fouten);
        fouten.AddRange(Tekst.Optioneel(LeerplichtambtenaarContact, Leerplichtambtenaar.MaximaleLengte, "leerplichtambtenaarContact").Fouten);
        if (string.IsNullOrWhiteSpace(LeerplichtambtenaarNaam) && !string.IsNullOrWhiteSpace(LeerplichtambtenaarContact))
        {
            fouten.Add(Fout.Ongeldig("leerplichtambtenaar-vereist", "Noem de naam van de leerplichtambtenaar bij de contactgegevens.", "leerplichtambtenaarNaam"));
        }

        fouten.AddRange(Tekst.Optioneel(Plan, Planversie.MaximaleLengte, "plan").Fouten);
        fouten.AddRange(Tekst.Optioneel(Perspectief, Planversie.MaximaleLengte, "perspectief").Fouten);
        return fouten;
    }
}
