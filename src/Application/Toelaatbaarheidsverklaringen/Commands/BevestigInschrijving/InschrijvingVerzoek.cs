using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BevestigInschrijving;

/// <summary>The day the pupil was enrolled.</summary>
public sealed record InschrijvingVerzoek([property: Required] DateOnly? IngeschrevenOp)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(IngeschrevenOp, Fout.Ongeldig("inschrijfdatum-vereist", "Geef de datum van de inschrijving.", "ingeschrevenOp"));
}
