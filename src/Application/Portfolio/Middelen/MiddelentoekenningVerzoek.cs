using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>A new grant: for which bestuur and year, and what it says.</summary>
/// <param name="SchoolbestuurId">The schoolbestuur of the SWV (from GET /schoolbesturen).</param>
/// <param name="Jaar">The calendar year; one grant per bestuur and year (else 409).</param>
public sealed record MiddelentoekenningVerzoek(
    [property: Required] Guid? SchoolbestuurId,
    [property: Required, Range(Bedrag.EersteJaar, Bedrag.LaatsteJaar)] int? Jaar,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Bedrag,
    [property: Required, CodeUit<Verdeelsleutel>] string? Verdeelsleutel,
    [property: MaxLength(Middelentoekenning.MaximaleLengteToelichting)] string? Toelichting,
    DateOnly? BetaaldOp,
    [property: MaxLength(Middelentoekenning.MaximumScholen)] IReadOnlyList<SchoolbedragVerzoek>? Scholen)
{
    public Result<ToekenningInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(SchoolbestuurId, Fout.Ongeldig("schoolbestuur-vereist", "Kies het schoolbestuur.", "schoolbestuurId")),
            new MiddelentoekenningWijziging(Bedrag, Verdeelsleutel, Toelichting, BetaaldOp, Scholen).Lees(),
            (bestuur, gegevens) => new ToekenningInvoer(bestuur, Jaar, gegevens));
}

/// <summary>A change of a grant: everything but bestuur and year (PUT replaces it all).</summary>
/// <param name="Bedrag">The amount granted, in euro, whole cents.</param>
/// <param name="Toelichting">How the key is applied; required with verdeelsleutel 'anders'.</param>
/// <param name="BetaaldOp">The date of the advance payment.</param>
/// <param name="Scholen">Optionally, what goes to each school of the bestuur; together at most the amount.</param>
public sealed record MiddelentoekenningWijziging(
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Bedrag,
    [property: Required, CodeUit<Verdeelsleutel>] string? Verdeelsleutel,
    [property: MaxLength(Middelentoekenning.MaximaleLengteToelichting)] string? Toelichting,
    DateOnly? BetaaldOp,
    [property: MaxLength(Middelentoekenning.MaximumScholen)] IReadOnlyList<SchoolbedragVerzoek>? Scholen)
{
    public Result<Toekenninggegevens> Lees() =>
        Lezen.Samen(
            VerdeelsleutelCodes.Lijst.Lees(Verdeelsleutel, "verdeelsleutel", "verdeelsleutel"),
            Lezen.Elk(Scholen ?? [], (s, i) => VestigingCode.Parse(s?.Vestiging?.Trim(), $"scholen[{i}].vestiging").Dan(v => (v, s!.Bedrag))),
            (sleutel, scholen) => new Toekenninggegevens(Bedrag, sleutel, Toelichting, BetaaldOp, scholen));
}

/// <param name="Vestiging">A school of the bestuur (BRIN + vestigingsnummer).</param>
/// <param name="Bedrag">Its part of the amount, in euro.</param>
public sealed record SchoolbedragVerzoek(
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Bedrag);

public sealed record ToekenningInvoer(Guid SchoolbestuurId, int? Jaar, Toekenninggegevens Gegevens);
