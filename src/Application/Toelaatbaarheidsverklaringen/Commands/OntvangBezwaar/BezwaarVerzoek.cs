using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;


namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.OntvangBezwaar;

/// <summary>Who objects (ouders, the requesting schoolbestuur, another belanghebbende), by name, and when the bezwaarschrift came in.</summary>
public sealed record BezwaarVerzoek(
    [property: Required, CodeUit<Indiener>] string? Indiener,
    [property: Required, MaxLength(Bezwaar.MaximaleLengteNaam)] string? IndienerNaam,
    [property: Required] DateOnly? OntvangenOp)
{
    public Result<Bezwaarontvangst> Lees() =>
        Lezen.Samen(
            IndienerCodes.Lijst.Lees(Indiener, "indiener", "indiener"),
            Lezen.Vereist(OntvangenOp, Fout.Ongeldig("ontvangstdatum-vereist", "Geef de datum waarop het bezwaarschrift binnenkwam.", "ontvangenOp")),
            (indiener, op) => new Bezwaarontvangst(indiener, IndienerNaam, op));
}


public sealed record Bezwaarontvangst(Indiener Indiener, string? Naam, DateOnly OntvangenOp);
