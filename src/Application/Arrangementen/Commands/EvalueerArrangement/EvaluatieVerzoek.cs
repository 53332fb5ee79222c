using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
public sealed record EvaluatieVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required] IReadOnlyList<DoelresultaatInvoer?>? Doelen,
    [property: Required, MaxLength(Evaluatie.MaximaleLengte)] string? Conclusie,
    [property: Required, CodeUit<Vervolg>] string? Vervolg)
{
    public Result<Evaluatieinvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(Datum, Fout.Ongeldig("datum-vereist", "Geef de datum van de evaluatie.", "datum")),
            VervolgCodes.Lijst.Lees(Vervolg, "vervolg", "vervolg"),
            DoelresultaatInvoer.LeesAlle(Doelen),
            (datum, vervolg, doelen) => new Evaluatieinvoer(datum, doelen, Conclusie, vervolg));
}

/// <param name="Doel">The goal's number.</param>
public sealed record DoelresultaatInvoer(
    [property: Required] int? Doel, [property: Required] bool? Behaald, [property: MaxLength(Domain.Arrangementen.Doel.MaximaleLengte)] string? Toelichting)
{
    /// <summary>The result of every goal; also the OPP's evaluation reads its goals with this.</summary>
    internal static Result<IReadOnlyList<Doelresultaat>> LeesAlle(IReadOnlyList<DoelresultaatInvoer?>? doelen) =>
        doelen is null
            ? Fout.Ongeldig("doelen-vereist", "Geef per doel aan of het behaald is.", "doelen")
            : Lezen.Elk(doelen, (doel, i) => doel is null
                ? Fout.Ongeldig("doel-vereist", "Geef per doel aan of het behaald is.", $"doelen[{i}]")
                : doel.Lees($"doelen[{i}]"));

    internal Result<Doelresultaat> Lees(string pad) =>
        Lezen.Samen(
            Lezen.Vereist(Doel, Fout.Ongeldig("doel-vereist", "Noem het nummer van het doel.", $"{pad}.doel")),
            Lezen.Vereist(Behaald, Fout.Ongeldig("behaald-vereist", "Geef aan of het doel behaald is.", $"{pad}.behaald")),
            (doel, behaald) => new Doelresultaat(doel, behaald, Toelichting));
}
