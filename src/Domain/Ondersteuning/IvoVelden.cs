using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ondersteuning;

/// <summary>
/// A description on the five IVO fields (seed 003). The same five fields describe what a pupil needs
/// (onderwijsbehoeften), what a school can offer (schoolondersteuningsprofiel) and what an arrangement adds, which
/// is what makes them comparable: "de eenvoudigste setting die voldoet, is de beste".
/// </summary>
public sealed record IvoVelden
{
    public const int MaximaleLengte = 4000;

    public static readonly IvoVelden Leeg = new(null, null, null, null, null, IvoNiveaus.Leeg);

    // For the store, which sets the fields itself.
    private IvoVelden()
    {
        Niveaus = IvoNiveaus.Leeg;
    }

    private IvoVelden(string? aandachtEnTijd, string? onderwijsmaterialen, string? ruimtelijkeOmgeving, string? expertise, string? samenwerking, IvoNiveaus niveaus)
    {
        Niveaus = niveaus;
        AandachtEnTijd = aandachtEnTijd;
        Onderwijsmaterialen = onderwijsmaterialen;
        RuimtelijkeOmgeving = ruimtelijkeOmgeving;
        Expertise = expertise;
        SamenwerkingMetAndereInstanties = samenwerking;
    }

    public string? AandachtEnTijd { get; }

    public string? Onderwijsmaterialen { get; }

    public string? RuimtelijkeOmgeving { get; }

    public string? Expertise { get; }

    public string? SamenwerkingMetAndereInstanties { get; }

    /// <summary>The level on each field, which the matching compares; text without a level is "not filled in".</summary>
    public IvoNiveaus Niveaus { get; }

    /// <summary>The five fields with their Dutch names, in the fixed order of the IVO model (as the SPA shows them); null when not described.</summary>
    public IReadOnlyList<(string Naam, string? Tekst)> MetNamen() =>
    [
        ("Aandacht en tijd", AandachtEnTijd),
        ("Onderwijsmaterialen", Onderwijsmaterialen),
        ("Ruimtelijke omgeving", RuimtelijkeOmgeving),
        ("Expertise", Expertise),
        ("Samenwerking met andere instanties", SamenwerkingMetAndereInstanties),
    ];

    public bool IsLeeg => new[] { AandachtEnTijd, Onderwijsmaterialen, RuimtelijkeOmgeving, Expertise, SamenwerkingMetAndereInstanties }.All(v => v is null)
        && Niveaus.IsLeeg;

    /// <summary>
    /// Empty fields become null (not described); every field is at most <see cref="MaximaleLengte"/> characters.
    /// The levels come already read (<see cref="IvoNiveaus.Van"/>), so their problems are the caller's to gather.
    /// </summary>
    public static Result<IvoVelden> Van(
        string? aandachtEnTijd,
        string? onderwijsmaterialen,
        string? ruimtelijkeOmgeving,
        string? expertise,
        string? samenwerkingMetAndereInstanties,
        string veld,
        IvoNiveaus? niveaus = null)
    {
        var teksten = new[]
        {
            Tekst.Optioneel(aandachtEnTijd, MaximaleLengte, $"{veld}.aandachtEnTijd"),
            Tekst.Optioneel(onderwijsmaterialen, MaximaleLengte, $"{veld}.onderwijsmaterialen"),
            Tekst.Optioneel(ruimtelijkeOmgeving, MaximaleLengte, $"{veld}.ruimtelijkeOmgeving"),
            Tekst.Optioneel(expertise, MaximaleLengte, $"{veld}.expertise"),
            Tekst.Optioneel(samenwerkingMetAndereInstanties, MaximaleLengte, $"{veld}.samenwerkingMetAndereInstanties"),
        };
        var fouten = teksten.SelectMany(t => t.Fouten).ToList();
        return fouten.Count > 0
            ? Result<IvoVelden>.Mislukt(fouten)
            : new IvoVelden(teksten[0].Waarde, teksten[1].Waarde, teksten[2].Waarde, teksten[3].Waarde, teksten[4].Waarde, niveaus ?? IvoNiveaus.Leeg);
    }
}
