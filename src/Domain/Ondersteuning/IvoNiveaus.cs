using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ondersteuning;

/// <summary>
/// The <see cref="Intensiteit"/> on each of the five IVO fields; null is "not filled in", which is not the same as
/// <see cref="Intensiteit.Geen"/>: data from before the levels existed keeps its text and starts without levels.
/// </summary>
public sealed record IvoNiveaus
{
    public static readonly IvoNiveaus Leeg = new(null, null, null, null, null);

    // For the store, which sets the fields itself.
    private IvoNiveaus()
    {
    }

    /// <summary>For levels already valid (the matching, the demo data, a policy document read back); input goes through <see cref="Van"/>.</summary>
    public IvoNiveaus(Intensiteit? aandachtEnTijd, Intensiteit? onderwijsmaterialen, Intensiteit? ruimtelijkeOmgeving, Intensiteit? expertise, Intensiteit? samenwerkingMetAndereInstanties)
    {
        AandachtEnTijd = aandachtEnTijd;
        Onderwijsmaterialen = onderwijsmaterialen;
        RuimtelijkeOmgeving = ruimtelijkeOmgeving;
        Expertise = expertise;
        SamenwerkingMetAndereInstanties = samenwerkingMetAndereInstanties;
    }

    public Intensiteit? AandachtEnTijd { get; }

    public Intensiteit? Onderwijsmaterialen { get; }

    public Intensiteit? RuimtelijkeOmgeving { get; }

    public Intensiteit? Expertise { get; }

    public Intensiteit? SamenwerkingMetAndereInstanties { get; }

    public Intensiteit? this[IvoVeld veld] => veld switch
    {
        IvoVeld.AandachtEnTijd => AandachtEnTijd,
        IvoVeld.Onderwijsmaterialen => Onderwijsmaterialen,
        IvoVeld.RuimtelijkeOmgeving => RuimtelijkeOmgeving,
        IvoVeld.Expertise => Expertise,
        IvoVeld.SamenwerkingMetAndereInstanties => SamenwerkingMetAndereInstanties,
        _ => throw new ArgumentOutOfRangeException(nameof(veld), veld, null),
    };

    public bool IsLeeg => Enum.GetValues<IvoVeld>().All(v => this[v] is null);

    /// <summary>
    /// Levels as the API gives them (0–3 or null). Every number outside 0–3 is a problem on its own field
    /// (<c>{veld}.niveaus.aandachtEnTijd</c>), so a form can mark each one.
    /// </summary>
    public static Result<IvoNiveaus> Van(int? aandachtEnTijd, int? onderwijsmaterialen, int? ruimtelijkeOmgeving, int? expertise, int? samenwerkingMetAndereInstanties, string veld)
    {
        var invoer = new[] { aandachtEnTijd, onderwijsmaterialen, ruimtelijkeOmgeving, expertise, samenwerkingMetAndereInstanties };
        var velden = Enum.GetValues<IvoVeld>();
        var fouten = new List<Fout>();
        for (var i = 0; i < invoer.Length; i++)
        {
            if (invoer[i] is { } n && !Enum.IsDefined((Intensiteit)n))
            {
                fouten.Add(Fout.Ongeldig(
                    "niveau-ongeldig",
                    $"Kies voor '{IvoVeldCodes.Lijst.Label(velden[i])}' een niveau van 0 (geen) tot en met 3 (zeer intensief).",
                    $"{veld}.niveaus.{IvoVeldCodes.Lijst.Code(velden[i])}"));
            }
        }

        return fouten.Count > 0
            ? Result<IvoNiveaus>.Mislukt(fouten)
            : new IvoNiveaus((Intensiteit?)invoer[0], (Intensiteit?)invoer[1], (Intensiteit?)invoer[2], (Intensiteit?)invoer[3], (Intensiteit?)invoer[4]);
    }
}
