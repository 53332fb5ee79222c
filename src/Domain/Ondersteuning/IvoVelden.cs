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

    public static readonly IvoVelden Leeg = new(null, null, null, null, null);

    // For the store, which sets the fields itself.
    private IvoVelden()
    {
    }

    private IvoVelden(string? aandachtEnTijd, string? onderwijsmaterialen, string? ruimtelijkeOmgeving, string? expertise, string? samenwerking)
    {
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

    public bool IsLeeg => new[] { AandachtEnTijd, Onderwijsmaterialen, RuimtelijkeOmgeving, Expertise, SamenwerkingMetAndereInstanties }.All(v => v is null);

    /// <summary>Empty fields become null (not described); every field is at most <see cref="MaximaleLengte"/> characters.</summary>
    public static Result<IvoVelden> Van(
        string? aandachtEnTijd,
        string? onderwijsmaterialen,
        string? ruimtelijkeOmgeving,
        string? expertise,
        string? samenwerkingMetAndereInstanties,
        string veld)
    {
        var fouten = new List<Fout>();
        string? Veld(string? tekst, string naam)
        {
            var waarde = string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
            if (waarde is { Length: > MaximaleLengte })
            {
                fouten.Add(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {MaximaleLengte} tekens.", $"{veld}.{naam}"));
            }

            return waarde;
        }

        var velden = new IvoVelden(
            Veld(aandachtEnTijd, "aandachtEnTijd"),
            Veld(onderwijsmaterialen, "onderwijsmaterialen"),
            Veld(ruimtelijkeOmgeving, "ruimtelijkeOmgeving"),
            Veld(expertise, "expertise"),
            Veld(samenwerkingMetAndereInstanties, "samenwerkingMetAndereInstanties"));
        return fouten.Count > 0 ? Result<IvoVelden>.Mislukt(fouten) : velden;
    }
}
