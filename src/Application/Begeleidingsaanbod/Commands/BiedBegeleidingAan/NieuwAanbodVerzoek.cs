using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
/// <param name="Leerjaar">Voor een heel leerjaar, zoals 2026-2027; anders begindatum (en eventueel einddatum).</param>
public sealed record NieuwAanbodVerzoek(
    [property: Required, MaxLength(ExpertiseCode.MaximaleLengte), RegularExpression(ExpertiseCode.Patroon)] string? Expertise,
    string? Leerjaar,
    DateOnly? Begindatum,
    DateOnly? Einddatum,
    WerkgebiedInvoer? Werkgebied,
    [property: Range(0, NieuwAanbodVerzoek.MaximaleCapaciteit)] int? Capaciteit)
{
    public const int MaximaleCapaciteit = 100_000;

    /// <summary>The offer for the aanbieder with this code, or the problems of the code and of every field at once.</summary>
    public Result<NieuwAanbod> Lees(string? code) =>
        Lezen.Samen(
            ObaCode.Parse(code),
            ExpertiseCode.Parse(Expertise, "expertise"),
            LeesPeriode(),
            WerkgebiedInvoer.Lees(Werkgebied),
            LeesCapaciteit(),
            (aanbieder, expertise, periode, werkgebied, capaciteit) => new NieuwAanbod(aanbieder, expertise, periode, werkgebied, capaciteit));

    /// <summary>A period per leerjaar ("2026-2027") or by dates; not both.</summary>
    private Result<Periode> LeesPeriode()
    {
        if (Leerjaar is not null)
        {
            if (Begindatum is not null || Einddatum is not null)
            {
                return Fout.Ongeldig("periode-dubbel", "Geef een leerjaar óf een begin- en einddatum op, niet allebei.", "leerjaar");
            }

            var schooljaar = Schooljaar.Parse(Leerjaar);
            return schooljaar.Lukt(out var jaar) ? Periode.Van(jaar.Begindatum, jaar.Einddatum) : Result<Periode>.Mislukt(schooljaar.Fouten);
        }

        return Begindatum is { } begin
            ? Periode.Van(begin, Einddatum, "einddatum")
            : Fout.Ongeldig("periode-vereist", "Geef een leerjaar (zoals 2026-2027) of een begindatum op.", "begindatum");
    }

    private Result<int?> LeesCapaciteit() =>
        Capaciteit is < 0 or > MaximaleCapaciteit
            ? Fout.Ongeldig("ongeldige-capaciteit", $"De capaciteit ligt tussen 0 en {MaximaleCapaciteit}.", "capaciteit")
            : Capaciteit;
}

/// <summary>A valid offer: which aanbieder offers what, when, where and for how many (absent: not limited).</summary>
public sealed record NieuwAanbod(ObaCode Code, ExpertiseCode Expertise, Periode Periode, Werkgebied Werkgebied, int? Capaciteit);
