using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

// The parts that several request bodies of the register share. Their attributes write the domain's rules into the
// contract; their readers apply the domain's own rules, from the same constants, with each problem under its field.

/// <param name="Context">ALGEMEEN, AANMELDEN, …</param>
public sealed record CommunicatiecontextInvoer(
    [property: Required, RegularExpression(Communicatiecontext.ContextPatroon)] string? Context,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Email,
    string? Telefoon,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Web,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Contactnaam,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Adres)
{
    public const int Maximum = 20;

    /// <summary>
    /// Every context read on its own, failures included: the aggregate reports the problems of all of them at once
    /// (and that none was given), so it can do so after the caller proved they may make the change.
    /// </summary>
    internal static IReadOnlyList<Result<Communicatiecontext>> LeesAlle(IReadOnlyList<CommunicatiecontextInvoer?>? invoer) =>
        invoer is { Count: > Maximum }
            ? [Fout.Ongeldig("te-veel-contexten", $"Hoogstens {Maximum} communicatiecontexten.", "communicatiecontexten")]
            : (invoer ?? []).Select((c, i) => c is null
                ? Fout.Ongeldig("context-vereist", "Een communicatiecontext mag niet leeg zijn.", $"communicatiecontexten[{i}]")
                : Communicatiecontext.Van(c.Context, c.Email, c.Telefoon, c.Web, c.Contactnaam, c.Adres, $"communicatiecontexten[{i}]"))
            .ToList();
}

/// <param name="Licenties">Codes from the expertise waardelijst that the licence allows.</param>
public sealed record ErkenningInvoer(
    [property: Required, MaxLength(Onderwijsinstellingserkenning.MaximaleLengteCode)] string? Code,
    [property: Required, CodeUit<Cluster>] int? Cluster,
    [property: Elementen(Patroon = ExpertiseCode.Patroon, MaximaleLengte = ExpertiseCode.MaximaleLengte)] IReadOnlyList<string>? Licenties)
{
    internal static Result<Onderwijsinstellingserkenning> Lees(ErkenningInvoer? invoer) =>
        invoer is null
            ? Fout.Ongeldig("erkenning-vereist", "Geef de onderwijsinstellingserkenning op met code, cluster en licenties.", "erkenning")
            : Onderwijsinstellingserkenning.Van(invoer.Code, invoer.Cluster ?? 0, invoer.Licenties);
}

/// <summary>Both lists empty (or absent) means the whole country.</summary>
public sealed record WerkgebiedInvoer(
    [property: Elementen(Patroon = SwvCode.Patroon)] IReadOnlyList<string>? Samenwerkingsverbanden,
    [property: Elementen(Patroon = Werkgebied.PostcodegebiedPatroon)] IReadOnlyList<string>? Postcodegebieden)
{
    internal static Result<Werkgebied> Lees(WerkgebiedInvoer? invoer) =>
        Werkgebied.Van(invoer?.Samenwerkingsverbanden, invoer?.Postcodegebieden);
}

/// <summary>
/// The request body of both endings, an offer's and the aanbieder's service; each use case reads it with its own
/// words for a missing day. One record, so the contract keeps one schema for both.
/// </summary>
public sealed record LaatsteDagVerzoek([property: Required] DateOnly? LaatsteDag)
{
    public Result<Beeindiging> LeesAanbodeinde(string? code) => Lees(code, "Geef de laatste dag op waarop het aanbod nog geldt.");

    public Result<Beeindiging> LeesUitbedrijfname(string? code) => Lees(code, "Geef de laatste dag op waarop de aanbieder in bedrijf is.");

    private Result<Beeindiging> Lees(string? code, string ontbreekt) =>
        Lezen.Samen(
            ObaCode.Parse(code),
            Lezen.Vereist(LaatsteDag, Fout.Ongeldig("laatste-dag-vereist", ontbreekt, "laatsteDag")),
            (aanbieder, laatsteDag) => new Beeindiging(aanbieder, laatsteDag));
}

/// <summary>Which aanbieder, and the last day on which something of it still holds.</summary>
public sealed record Beeindiging(ObaCode Code, DateOnly LaatsteDag);
