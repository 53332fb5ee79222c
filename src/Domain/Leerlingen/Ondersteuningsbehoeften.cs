using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Leerlingen;

/// <summary>
/// What a pupil needs, in terms of needs and not labels (seeds 001 and 003): the factors that help and hinder,
/// the onderwijsbehoeften on the five IVO fields, and the pupil's and parents' own view. Diagnoses are special
/// category data and deliberately not part of this.
/// </summary>
public sealed record Ondersteuningsbehoeften
{
    public const int MaximaleLengte = 4000;

    public static readonly Ondersteuningsbehoeften Leeg = new(null, null, IvoVelden.Leeg, null, null);

    // For the store, which sets the fields itself.
    private Ondersteuningsbehoeften()
    {
        Onderwijsbehoeften = IvoVelden.Leeg;
    }

    private Ondersteuningsbehoeften(string? bevorderend, string? belemmerend, IvoVelden onderwijsbehoeften, string? leerling, string? ouders)
    {
        BevorderendeFactoren = bevorderend;
        BelemmerendeFactoren = belemmerend;
        Onderwijsbehoeften = onderwijsbehoeften;
        VisieLeerling = leerling;
        VisieOuders = ouders;
    }

    public string? BevorderendeFactoren { get; }

    public string? BelemmerendeFactoren { get; }

    public IvoVelden Onderwijsbehoeften { get; }

    /// <summary>In the pupil's own words.</summary>
    public string? VisieLeerling { get; }

    /// <summary>The view of the ouders/verzorgers.</summary>
    public string? VisieOuders { get; }

    public static Result<Ondersteuningsbehoeften> Van(string? bevorderend, string? belemmerend, IvoVelden onderwijsbehoeften, string? leerling, string? ouders)
    {
        ArgumentNullException.ThrowIfNull(onderwijsbehoeften);
        var teksten = new[]
        {
            Tekst.Optioneel(bevorderend, MaximaleLengte, "bevorderendeFactoren"),
            Tekst.Optioneel(belemmerend, MaximaleLengte, "belemmerendeFactoren"),
            Tekst.Optioneel(leerling, MaximaleLengte, "visieLeerling"),
            Tekst.Optioneel(ouders, MaximaleLengte, "visieOuders"),
        };
        var fouten = teksten.SelectMany(t => t.Fouten).ToList();
        return fouten.Count > 0
            ? Result<Ondersteuningsbehoeften>.Mislukt(fouten)
            : new Ondersteuningsbehoeften(teksten[0].Waarde, teksten[1].Waarde, onderwijsbehoeften, teksten[2].Waarde, teksten[3].Waarde);
    }
}
