using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegLbtAdviesVast;

/// <summary>The LBT's advice and its date.</summary>
public sealed record LbtAdviesVerzoek([property: Required, CodeUit<LbtOordeel>] string? Oordeel, [property: Required] DateOnly? Op)
{
    public Result<LbtAdviesInvoer> Lees() =>
        Lezen.Samen(
            LbtOordeelCodes.Lijst.Lees(Oordeel, "oordeel", "oordeel"),
            Lezen.Vereist(Op, Fout.Ongeldig("datum-vereist", "Geef de datum van het advies.", "op")),
            (oordeel, op) => new LbtAdviesInvoer(oordeel, op));
}

public sealed record LbtAdviesInvoer(LbtOordeel Oordeel, DateOnly Op);
