using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <param name="Context">ALGEMEEN, AANMELDEN, …</param>
public sealed record CommunicatiecontextInvoer(
    [property: Required, RegularExpression(Communicatiecontext.ContextPatroon)] string? Context,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Email,
    string? Telefoon,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Web,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Contactnaam,
    [property: MaxLength(Communicatiecontext.MaximaleLengte)] string? Adres);

/// <param name="Licenties">Codes from the expertise waardelijst that the licence allows.</param>
public sealed record ErkenningInvoer(
    [property: Required, MaxLength(Onderwijsinstellingserkenning.MaximaleLengteCode)] string? Code,
    [property: Required, CodeUit<Cluster>] int? Cluster,
    [property: Elementen(Patroon = ExpertiseCode.Patroon, MaximaleLengte = ExpertiseCode.MaximaleLengte)] IReadOnlyList<string>? Licenties);

/// <summary>Both lists empty (or absent) means the whole country.</summary>
public sealed record WerkgebiedInvoer(
    [property: Elementen(Patroon = SwvCode.Patroon)] IReadOnlyList<string>? Samenwerkingsverbanden,
    [property: Elementen(Patroon = Werkgebied.PostcodegebiedPatroon)] IReadOnlyList<string>? Postcodegebieden);

/// <summary>Turns request input into the domain's value objects, reporting every problem with its field at once.</summary>
public static class AanbiederInvoer
{
    public const int MaximumContexten = 20;

    public static IReadOnlyList<Result<Communicatiecontext>> Contexten(IReadOnlyList<CommunicatiecontextInvoer?>? invoer) =>
        invoer is { Count: > MaximumContexten }
            ? [Fout.Ongeldig("te-veel-contexten", $"Hoogstens {MaximumContexten} communicatiecontexten.", "communicatiecontexten")]
            : (invoer ?? []).Select((c, i) => c is null
                ? Fout.Ongeldig("context-vereist", "Een communicatiecontext mag niet leeg zijn.", $"communicatiecontexten[{i}]")
                : Communicatiecontext.Van(c.Context, c.Email, c.Telefoon, c.Web, c.Contactnaam, c.Adres, $"communicatiecontexten[{i}]"))
            .ToList();

    public static Result<Onderwijsinstellingserkenning> Erkenning(ErkenningInvoer? invoer) =>
        invoer is null
            ? Fout.Ongeldig("erkenning-vereist", "Geef de onderwijsinstellingserkenning op met code, cluster en licenties.", "erkenning")
            : Onderwijsinstellingserkenning.Van(invoer.Code, invoer.Cluster ?? 0, invoer.Licenties);

    /// <summary>A period per leerjaar ("2026-2027") or by dates; not both.</summary>
    public static Result<Periode> Periode(string? leerjaar, DateOnly? begindatum, DateOnly? einddatum)
    {
        if (leerjaar is not null)
        {
            if (begindatum is not null || einddatum is not null)
            {
                return Fout.Ongeldig("periode-dubbel", "Geef een leerjaar óf een begin- en einddatum op, niet allebei.", "leerjaar");
            }

            var schooljaar = Schooljaar.Parse(leerjaar);
            return schooljaar.IsGelukt
                ? Domain.Begeleidingsaanbod.Periode.Van(schooljaar.Waarde.Begindatum, schooljaar.Waarde.Einddatum)
                : Result<Periode>.Mislukt(schooljaar.Fouten);
        }

        return begindatum is { } begin
            ? Domain.Begeleidingsaanbod.Periode.Van(begin, einddatum, "einddatum")
            : Fout.Ongeldig("periode-vereist", "Geef een leerjaar (zoals 2026-2027) of een begindatum op.", "begindatum");
    }

    public static Result<Werkgebied> Werkgebied(WerkgebiedInvoer? invoer) =>
        Domain.Begeleidingsaanbod.Werkgebied.Van(invoer?.Samenwerkingsverbanden, invoer?.Postcodegebieden);

    public static Result<ExpertiseCode> Expertise(string? code) => ExpertiseCode.Parse(code, "expertise");
}
